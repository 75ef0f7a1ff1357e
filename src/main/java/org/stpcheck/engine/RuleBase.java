package org.stpcheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.definition.rule.Rule;

import org.stpcheck.catalogue.RuleSource;

/**
 * A compiled rule base: the executable model shipped in the jar, or DRL compiled at run time
 * from a directory (author mode). Either way it is checked to hold every rule the DRL declares,
 * each tagged with a requirement id.
 */
public final class RuleBase {
    public static final String MODEL_INDEX = "stpcheck/rules/model.txt";

    private final KieBase kieBase;

    private RuleBase(KieBase kieBase, int expectedRules) {
        this.kieBase = kieBase;
        int actual = rules().size();
        if (actual != expectedRules) {
            throw new RuleBaseException(List.of("the rule base holds " + actual + " rules but the DRL declares " + expectedRules
                    + " (an empty or partial KieBase: see performance-notes §4)"));
        }
        List<String> untagged = new ArrayList<>();
        for (Rule r : rules()) {
            Object id = r.getMetaData().get("requirement");
            if (id == null || !r.getName().startsWith(id + " ")) untagged.add(r.getName());
        }
        if (!untagged.isEmpty()) {
            throw new RuleBaseException(untagged.stream()
                    .map(n -> "rule \"" + n + "\" needs @requirement(\"ID\") and a name starting with that id").toList());
        }
    }

    /** The executable model compiled at build time (see RuleModelGenerator). */
    public static RuleBase shipped() {
        String index;
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(MODEL_INDEX)) {
            if (in == null) throw new RuleBaseException(List.of("no compiled rules in the jar (" + MODEL_INDEX + "); build with mvn package"));
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = index.lines().filter(l -> !l.isBlank()).toList();
        int expected = Integer.parseInt(lines.get(0).substring("rules: ".length()).trim());
        List<Model> models = new ArrayList<>();
        for (String cls : lines.subList(1, lines.size())) {
            try {
                models.add((Model) Class.forName(cls).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new RuleBaseException(List.of("cannot load compiled rule class " + cls + ": " + e));
            }
        }
        return new RuleBase(KieBaseBuilder.createKieBaseFromModel(models), expected);
    }

    /** DRL compiled now, from {@code rules DIR}: errors name the file, line and column. */
    public static RuleBase compile(RuleSource source) {
        DrlFiles drl = new DrlFiles(source);
        KieBuilder builder = drl.build(DrlProject.class);
        if (builder == null) throw new RuleBaseException(drl.errors());
        KieBase kb = KieServices.Factory.get().newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
        return new RuleBase(kb, drl.ruleCount());
    }

    public KieBase kieBase() { return kieBase; }

    public List<Rule> rules() {
        List<Rule> all = new ArrayList<>();
        kieBase.getKiePackages().forEach(p -> all.addAll(p.getRules()));
        all.sort(java.util.Comparator.comparing(Rule::getName));
        return all;
    }

    /** Requirement ids that at least one rule decides. */
    public TreeSet<String> requirementIds() {
        TreeSet<String> ids = new TreeSet<>();
        for (Rule r : rules()) ids.add(String.valueOf(r.getMetaData().get("requirement")));
        return ids;
    }

    /** Rules that could not be compiled or loaded. */
    public static final class RuleBaseException extends RuntimeException {
        private final List<String> problems;

        public RuleBaseException(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() { return problems; }
    }
}
