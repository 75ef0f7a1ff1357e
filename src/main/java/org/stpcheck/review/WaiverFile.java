package org.stpcheck.review;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.stpcheck.findings.WaiverUse;
import org.stpcheck.load.LoadError;
import org.stpcheck.load.YamlDocument;
import org.stpcheck.load.YamlNode;

/**
 * Reads a waivers file, checked as strictly as a plan: every waiver needs {@code plan} (a footprint
 * code or plan id), {@code requirement} (an id of the catalogue), {@code reason} and
 * {@code approved_by} (text) and {@code expires} (a date); anything missing, empty, unknown or
 * malformed is an error at its line and column, never a silent suppression.
 *
 * <pre>
 * waivers:
 *   - plan: E54000036
 *     requirement: PG-19
 *     reason: Estates strategy agreed with NHS Property Services
 *     approved_by: Regional director of strategy
 *     expires: 2018-03-31
 * </pre>
 */
public final class WaiverFile {
    private static final List<String> KEYS = List.of("plan", "requirement", "reason", "approved_by", "expires");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private WaiverFile() {}

    /** One waiver, with where its file states it. */
    public record Entry(WaiverUse.Entry at, String plan, String requirement, String reason, String approvedBy, LocalDate expires) {}

    /** The waivers of a file, or its errors (then {@code waivers} is empty). */
    public record Read(String file, List<Entry> waivers, List<LoadError> errors) {
        public boolean ok() { return errors.isEmpty(); }

        public List<String> formattedErrors() { return errors.stream().map(e -> e.format(file)).toList(); }
    }

    /** Reads {@code path}, named {@code file} in messages; {@code isRequirement} says which ids exist. */
    public static Read read(Path path, Predicate<String> isRequirement) {
        return parse(path.toString(), YamlDocument.read(path), isRequirement);
    }

    public static Read read(String file, String text, Predicate<String> isRequirement) {
        return parse(file, YamlDocument.read(text), isRequirement);
    }

    private static Read parse(String file, YamlDocument doc, Predicate<String> isRequirement) {
        if (!doc.errors().isEmpty()) return new Read(file, List.of(), doc.errors());
        List<LoadError> errors = new ArrayList<>();
        List<Entry> out = new ArrayList<>();
        YamlNode root = doc.root();
        if (!(root instanceof YamlNode.Mapping top)) {
            errors.add(error(root.position(), "", "a waivers file is a mapping with one key, waivers: a list of waivers"));
            return new Read(file, List.of(), errors);
        }
        for (Map.Entry<String, YamlNode.Entry> e : top.entries().entrySet()) {
            if (!e.getKey().equals("waivers")) errors.add(error(e.getValue().keyPosition(), e.getKey(), "unknown key; a waivers file has only waivers"));
        }
        YamlNode.Entry list = top.entries().get("waivers");
        if (list == null) {
            errors.add(error(top.position(), "waivers", "waivers is missing: a list of waivers"));
        } else if (!(list.value() instanceof YamlNode.Sequence seq)) {
            errors.add(error(list.value().position(), "waivers", "waivers must be a list (an empty list is [])"));
        } else {
            for (int i = 0; i < seq.items().size(); i++) {
                Entry w = waiver(file, "waivers[" + i + "]", seq.items().get(i), isRequirement, errors);
                if (w != null) out.add(w);
            }
        }
        return errors.isEmpty() ? new Read(file, List.copyOf(out), List.of()) : new Read(file, List.of(), sorted(errors));
    }

    private static Entry waiver(String file, String path, YamlNode node, Predicate<String> isRequirement, List<LoadError> errors) {
        if (!(node instanceof YamlNode.Mapping m)) {
            errors.add(error(node.position(), path, "a waiver is a mapping of " + String.join(", ", KEYS)));
            return null;
        }
        int before = errors.size();
        for (Map.Entry<String, YamlNode.Entry> e : m.entries().entrySet()) {
            if (!KEYS.contains(e.getKey())) errors.add(error(e.getValue().keyPosition(), path + "." + e.getKey(), "unknown key; a waiver has " + String.join(", ", KEYS)));
        }
        String plan = text(m, path, "plan", "the footprint code (E54000036) or plan id the waiver is for", errors);
        String requirement = text(m, path, "requirement", "the id of the requirement waived, e.g. PG-19", errors);
        String reason = text(m, path, "reason", "why the deviation is accepted", errors);
        String approvedBy = text(m, path, "approved_by", "who approved the waiver", errors);
        String expires = text(m, path, "expires", "the date the waiver lapses, YYYY-MM-DD", errors);
        if (requirement != null && !isRequirement.test(requirement)) {
            errors.add(error(m.entries().get("requirement").value().position(), path + ".requirement",
                    "no such requirement \"" + requirement + "\" (see stpcheck rules)"));
        }
        LocalDate date = null;
        if (expires != null) {
            YamlNode at = m.entries().get("expires").value();
            try {
                if (!DATE.matcher(expires).matches()) throw new DateTimeParseException("", expires, 0);
                date = LocalDate.parse(expires);
            } catch (DateTimeParseException ex) {
                errors.add(error(at.position(), path + ".expires", "expires must be a date, YYYY-MM-DD"));
            }
        }
        if (errors.size() > before) return null;
        YamlNode.Position p = m.position();
        return new Entry(new WaiverUse.Entry(file, p.line(), p.column(), plan, requirement, date), plan, requirement, reason, approvedBy, date);
    }

    /** The key's text; a missing, empty or non-text value is an error (at the waiver for a missing key). */
    private static String text(YamlNode.Mapping m, String path, String key, String what, List<LoadError> errors) {
        YamlNode.Entry e = m.entries().get(key);
        if (e == null) {
            errors.add(error(m.position(), path + "." + key, key + " is missing: " + what + "; every waiver needs "
                    + String.join(", ", KEYS)));
            return null;
        }
        if (!(e.value() instanceof YamlNode.Scalar s) || s.text().isBlank() || s.plain() && Set.of("null", "~").contains(s.text())) {
            errors.add(error(e.value().position(), path + "." + key, key + " must be non-empty text: " + what));
            return null;
        }
        return s.text().strip();
    }

    private static LoadError error(YamlNode.Position p, String path, String message) {
        return new LoadError(p.line(), p.column(), path, message);
    }

    private static List<LoadError> sorted(List<LoadError> errors) {
        List<LoadError> s = new ArrayList<>(errors);
        s.sort(null);
        return List.copyOf(s);
    }
}
