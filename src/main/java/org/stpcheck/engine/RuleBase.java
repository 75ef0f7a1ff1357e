package org.stpcheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.TypeMetaData;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;

import org.stpcheck.catalogue.RuleSource;

/**
 * A compiled rule base: the executable model shipped in the jar, or DRL compiled at run time
 * from a directory (author mode). Either way it is checked to hold every rule the DRL declares,
 * each tagged with a requirement id. Its sessions survive a rule whose consequence throws
 * ({@link RuleFailures}); for a rule whose conditions throw, {@link #subset} gives some
 * requirements' rules alone, so the engine can tell which requirement failed.
 */
public final class RuleBase {
    public static final String MODEL_INDEX = "stpcheck/rules/model.txt";

    private final KieBase kieBase;
    /** Builds a KieBase of some requirements' rules only (for {@link #subset}); called only after a rule failed. */
    private final Function<Set<String>, KieBase> subsetOf;
    private final Map<Set<String>, KieBase> subsets = new ConcurrentHashMap<>();

    private RuleBase(KieBase kieBase, Function<Set<String>, KieBase> subsetOf, int expectedRules) {
        this.kieBase = kieBase;
        this.subsetOf = subsetOf;
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
        return shipped(null);
    }

    /**
     * The executable model of some families only ({@code null}: all): the rules of one family are one
     * model class, and a run of {@code --family PG} need not create or build the others (issue 12:
     * the rule base costs about 0.5 ms a rule cold). No rule inserts or changes facts, so a family's
     * findings do not depend on the other families' rules.
     */
    public static RuleBase shipped(Set<String> families) {
        String index;
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(MODEL_INDEX)) {
            if (in == null) throw new RuleBaseException(List.of("no compiled rules in the jar (" + MODEL_INDEX + "); build with mvn package"));
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = index.lines().filter(l -> !l.isBlank()).toList();
        int expected = Integer.parseInt(lines.get(0).substring("rules: ".length()).trim());
        if (families != null) expected = 0;
        List<Model> models = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            // "stpcheck.rules.pg.Rules<hash> 140": the class of one family's rules, and how many it holds
            String cls = line.substring(0, line.indexOf(' '));
            if (families != null) {
                String family = cls.substring("stpcheck.rules.".length(), cls.lastIndexOf('.')).toUpperCase(java.util.Locale.ROOT);
                if (!families.contains(family)) continue;
                expected += Integer.parseInt(line.substring(line.indexOf(' ') + 1));
            }
            try {
                models.add((Model) Class.forName(cls).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new RuleBaseException(List.of("cannot load compiled rule class " + cls + ": " + e));
            }
        }
        return new RuleBase(KieBaseBuilder.createKieBaseFromModel(models, configuration(), new ModelBuilderOptions()),
                ids -> KieBaseBuilder.createKieBaseFromModel(models.stream().<Model>map(m -> new Only(m, ids)).toList(), configuration(),
                        new ModelBuilderOptions()),
                expected);
    }

    /** DRL compiled now, from {@code rules DIR}: errors name the file, line and column. */
    public static RuleBase compile(RuleSource source) {
        DrlFiles drl = new DrlFiles(source);
        KieBuilder builder = drl.build(DrlProject.class);
        if (builder == null) throw new RuleBaseException(drl.errors());
        KieContainer container = KieServices.Factory.get().newKieContainer(builder.getKieModule().getReleaseId());
        return new RuleBase(container.newKieBase(configuration()), ids -> subsetOfDrl(container, ids), drl.ruleCount());
    }

    /**
     * A fresh KieBase from the container brings its own copies of the compiled packages; the other
     * requirements' rules are taken out of those copies, which are then put in a new, empty KieBase,
     * whose network is built from the remaining rules only. (Removing rules from a built KieBase
     * instead can leave its network inconsistent.)
     */
    private static KieBase subsetOfDrl(KieContainer container, Set<String> ids) {
        KieBase donor = container.newKieBase(configuration());
        List<KiePackage> packages = new ArrayList<>(donor.getKiePackages());
        for (KiePackage p : packages) {
            for (Rule r : new ArrayList<>(p.getRules())) {
                if (!ids.contains(String.valueOf(r.getMetaData().get("requirement")))) ((InternalKnowledgePackage) p).removeRule((RuleImpl) r);
            }
        }
        ClassLoader loader = ((InternalKnowledgeBase) donor).getRootClassLoader();
        KieBaseConfiguration conf = KieServices.Factory.get().newKieBaseConfiguration(null, loader);
        conf.setOption(ConsequenceExceptionHandlerOption.get(RuleFailures.class));
        InternalKnowledgeBase kb = KnowledgeBaseFactory.newKnowledgeBase(conf);
        kb.addPackages(packages);
        return kb;
    }

    /** A generated model with only the rules of some requirements. */
    private record Only(Model model, Set<String> ids) implements Model {
        @Override public String getName() { return model.getName(); }
        @Override public String getPackageName() { return model.getPackageName(); }
        @Override public List<Global> getGlobals() { return model.getGlobals(); }
        @Override public List<Query> getQueries() { return model.getQueries(); }
        @Override public List<TypeMetaData> getTypeMetaDatas() { return model.getTypeMetaDatas(); }
        @Override public List<EntryPoint> getEntryPoints() { return model.getEntryPoints(); }

        @Override
        public List<org.drools.model.Rule> getRules() {
            return model.getRules().stream().filter(r -> ids.contains(String.valueOf(r.getMetaData("requirement")))).toList();
        }
    }

    /** Every KieBase of stpcheck: a consequence that throws is recorded, and the session goes on. */
    private static KieBaseConfiguration configuration() {
        KieBaseConfiguration conf = KieServices.Factory.get().newKieBaseConfiguration();
        conf.setOption(ConsequenceExceptionHandlerOption.get(RuleFailures.class));
        return conf;
    }

    public KieBase kieBase() { return kieBase; }

    /**
     * A rule base holding only the rules of {@code requirements}, built the first time it is asked
     * for and kept. The engine needs these only when a rule's conditions throw, which stops a
     * session in a state it cannot resume from: evaluating the plan again on smaller and smaller
     * sets of requirements tells which ones failed.
     */
    KieBase subset(Set<String> requirements) {
        return subsets.computeIfAbsent(Set.copyOf(requirements), subsetOf);
    }

    private static List<Rule> rulesOf(KieBase kb) {
        List<Rule> all = new ArrayList<>();
        kb.getKiePackages().forEach(p -> all.addAll(p.getRules()));
        return all;
    }

    public List<Rule> rules() {
        List<Rule> all = rulesOf(kieBase);
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
