package org.stpcheck.engine.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.builder.KieBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.stpcheck.catalogue.Catalogue;
import org.stpcheck.catalogue.RuleSource;
import org.stpcheck.engine.DrlFiles;
import org.stpcheck.engine.RuleBase;

/**
 * Build step (Maven process-classes): compiles {@code rules/**}{@code /*.drl} to the Drools
 * executable model and writes the generated classes into the build output, with an index that
 * {@link RuleBase#shipped} loads directly — no kmodule.xml and no KieContainer at run time, which
 * is both faster and free of the silent-empty-KieBase traps (performance-notes §4). It also lists
 * the shipped rule files so the catalogue can be read from the jar.
 */
public final class RuleModelGenerator {
    /** Drools' Java dialect's language level, for the classes it compiles from the DRL. */
    private static final String LANGUAGE_LEVEL = "drools.dialect.java.compiler.lnglevel";

    private RuleModelGenerator() {}

    private static boolean isLambdaExternalisationBug(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IndexOutOfBoundsException) {
                for (StackTraceElement f : t.getStackTrace()) if (f.getClassName().contains("ExecModelLambdaPostProcessor")) return true;
            }
        }
        return false;
    }

    public static void main(String[] args) throws IOException {
        Path rulesDir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        RuleSource source = RuleSource.directory(rulesDir);
        DrlFiles drl = new DrlFiles(source);
        KieBuilder builder;
        // the generated rule classes at Java 8's language level, where string concatenation is
        // StringBuilder code: Java 17's class-data archive cannot hold invokedynamic concatenation,
        // and linking each message's concatenation at first use cost a cold check tens of ms (issue 12)
        String level = System.setProperty(LANGUAGE_LEVEL, "1.8");
        try {
            builder = drl.build(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            if (!isLambdaExternalisationBug(e)) throw e;
            // Drools 10.2 externalises each constraint lambda into a class of its own (so the JVM's
            // class-data archive can hold them), but crashes on a constraint that reads another
            // pattern's property without parentheses. Name the cure rather than lose the speed.
            throw new IllegalStateException("a DRL constraint compares with another pattern's property written as a field, "
                    + "such as `v < $cfg.limit`; write it as a call (`v < $cfg.limit()`) or bind it first "
                    + "(`RuleConfig( $limit : limit )` then `v < $limit`). Drools 10.2 cannot compile the former into the executable model.", e);
        } finally {
            // exec:java runs this in Maven's own JVM: leave its properties as they were
            if (level == null) System.clearProperty(LANGUAGE_LEVEL);
            else System.setProperty(LANGUAGE_LEVEL, level);
        }
        if (builder == null) {
            drl.errors().forEach(System.err::println);
            // an exception, not System.exit: this runs inside the Maven JVM
            throw new IllegalStateException(drl.errors().size() + " DRL error(s) in " + rulesDir + "; first: " + drl.errors().get(0));
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        List<String> models = new ArrayList<>();
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class")) {
                Path target = out.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(name));
            } else if (name.endsWith("/drools-model")) {
                for (String line : new String(module.getBytes(name), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.contains(":")) models.add(line.trim());
                }
            }
        }
        Path index = out.resolve(RuleBase.MODEL_INDEX);
        Files.createDirectories(index.getParent());
        List<String> lines = new ArrayList<>();
        lines.add("rules: " + drl.ruleCount());
        // each model class with its rule count, so that a run of some families builds only theirs
        // (RuleBase.shipped) and still checks it holds all of their rules
        try (java.net.URLClassLoader written = new java.net.URLClassLoader(new java.net.URL[] {out.toUri().toURL()}, RuleModelGenerator.class.getClassLoader())) {
            for (String cls : models) {
                org.drools.model.Model m = (org.drools.model.Model) written.loadClass(cls).getDeclaredConstructor().newInstance();
                String family = cls.substring("stpcheck.rules.".length(), cls.lastIndexOf('.'));
                for (org.drools.model.Rule r : m.getRules()) {
                    String id = String.valueOf(r.getMetaData("requirement"));
                    if (!id.toLowerCase(java.util.Locale.ROOT).startsWith(family + "-")) {
                        throw new IllegalStateException("rule \"" + r.getName() + "\" of requirement " + id + " is in package stpcheck.rules." + family
                                + "; a requirement's rules belong to its family's package");
                    }
                }
                lines.add(cls + " " + m.getRules().size());
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the compiled rule model: " + e, e);
        }
        Files.write(index, lines, StandardCharsets.UTF_8);
        Files.write(out.resolve(RuleSource.INDEX), source.files(), StandardCharsets.UTF_8);
        // the catalogue too: checked now (a bad entry fails the build) and shipped as one JSON document
        var catalogue = Catalogue.readYaml(source);
        Catalogue.fromTrees(catalogue, source);
        new ObjectMapper().writeValue(out.resolve(Catalogue.COMPILED).toFile(), catalogue);
        System.out.println("stpcheck: compiled " + drl.ruleCount() + " rules into " + models.size() + " executable model class(es)");
    }
}
