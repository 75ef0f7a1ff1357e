package org.stpcheck.load;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.stpcheck.model.Plan;

/**
 * Loads one plan file: reads the YAML subset, checks it against {@link PlanFormat}, resolves ids
 * and references, applies the whole-file checks of plan-format 1.7, and binds the result to the
 * {@link Plan} model. Never throws for bad input: every problem becomes a {@link LoadError}.
 */
public final class PlanLoader {
    /** The largest plan file the loader reads, in bytes (the HTTP server refuses larger bodies unread). */
    public static final int MAX_BYTES = YamlReader.MAX_CHARS;

    /** Generated at build time (issue 12): Jackson's reflective binding cost 60 % of a cold load. */
    private final Function<JsonNode, Plan> binder;
    /** --min-fact-confidence; null keeps every value. */
    private final FactFilter filter;

    public PlanLoader() {
        this((FactFilter) null);
    }

    /** A loader that takes out the values whose source is below {@code filter}'s level before binding (null: none). */
    public PlanLoader(FactFilter filter) {
        this(Binding.built(), filter);
    }

    /** A loader that binds the checked tree with {@code binder} (tests compare binders). */
    PlanLoader(Function<JsonNode, Plan> binder) {
        this(binder, null);
    }

    private PlanLoader(Function<JsonNode, Plan> binder, FactFilter filter) {
        this.binder = binder;
        this.filter = filter;
    }

    /**
     * Loads the plan file at {@code file}, which may be anything: a directory, a pipe, a device or a
     * link loop is reported without being read, and so is a file over the size limit or not in UTF-8.
     */
    public LoadedPlan load(Path file) {
        String display = file.toString();
        PlanFile.Read read = PlanFile.read(file, MAX_BYTES);
        if (read.error() != null) {
            LoadErrors errors = new LoadErrors();
            errors.add(read.error());
            return LoadedPlan.invalid(display, errors);
        }
        return load(display, read.text());
    }

    /** Loads plan text; {@code file} is only used to name the plan in messages. */
    public LoadedPlan load(String file, String text) {
        LoadErrors errors = new LoadErrors();
        YamlReader reader = new YamlReader(errors);
        YamlNode root = reader.read(new SourceText(text));
        if (root == null) {
            if (errors.isEmpty()) errors.add(new LoadError(1, 1, "", "the file is empty; a plan needs format_version, plan and footprint"));
            return LoadedPlan.invalid(file, errors);
        }
        if (!(root instanceof YamlNode.Mapping rootMap)) {
            errors.add(new LoadError(root.position().line(), root.position().column(), "", "the top level must be a mapping"));
            return LoadedPlan.invalid(file, errors);
        }
        YamlNode.Entry version = rootMap.entries().get("format_version");
        if (version == null || !(version.value() instanceof YamlNode.Scalar v) || !v.plain() || !v.text().equals("1")) {
            // plan-format 1.7 item 2: without version 1 nothing else can be read with confidence
            YamlNode.Position p = version == null ? root.position() : version.value().position();
            errors.add(new LoadError(p.line(), p.column(), "format_version",
                    version == null ? "format_version is missing; this reader understands format_version: 1" : "format_version must be the integer 1"));
            return LoadedPlan.invalid(file, errors);
        }
        Provenance.Collector provenance = new Provenance.Collector(errors);
        FormatChecker checker = new FormatChecker(errors);
        JsonNode tree = checker.check(provenance.strip(root), PlanFormat.ROOT, "", null);
        provenance.addReferences(checker);
        checker.resolveReferences();
        Locations locations = new Locations(checker.positions, Locations.ends(root, reader));
        if (tree != null) new WholeFileChecks(checker, locations).run(tree);
        if (!errors.isEmpty()) return LoadedPlan.invalid(file, errors);
        java.util.Map<String, String> renumbered = java.util.Map.of();
        if (filter != null) {
            FactFilter.Filtered f = filter.apply(tree, provenance.ids());
            tree = f.tree();
            renumbered = f.original();
        }
        Plan plan;
        try {
            plan = binder.apply(tree);
        } catch (IllegalArgumentException | DateTimeException ex) {
            // the format check accepted something the model cannot hold: a defect, reported as such
            throw new IllegalStateException("plan model does not match the format for " + file + ": " + ex.getMessage(), ex);
        }
        return LoadedPlan.valid(file, plan, locations.translated(renumbered), provenance.build(plan).translated(renumbered));
    }

    /**
     * The result of loading one file: a plan, its locations and the sources of its values, or the
     * errors in line order.
     */
    public record LoadedPlan(String file, Plan plan, Locations locations, List<LoadError> errors, Provenance provenance) {
        public LoadedPlan(String file, Plan plan, Locations locations, List<LoadError> errors) {
            this(file, plan, locations, errors, Provenance.none());
        }

        /** At most {@link LoadErrors#LISTED} errors in line order, then one saying how many more. */
        static LoadedPlan invalid(String file, LoadErrors errors) {
            return new LoadedPlan(file, null, null, errors.list());
        }

        static LoadedPlan valid(String file, Plan plan, Locations locations, Provenance provenance) {
            return new LoadedPlan(file, plan, locations, List.of(), provenance);
        }

        public boolean isValid() { return plan != null; }

        public List<String> formattedErrors() {
            return errors.stream().map(e -> e.format(file)).toList();
        }
    }
}
