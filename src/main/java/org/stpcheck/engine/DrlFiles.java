package org.stpcheck.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.KieBuilder.ProjectType;

import org.stpcheck.catalogue.RuleSource;

/**
 * The DRL files of a rule source, placed in a KIE file system and built. Shared by the build-time
 * generator of the executable model and by {@code --rules DIR}, so both report a DRL problem the
 * same way: {@code rules/pg/PG-03/PG-03.drl:12:5: message}. A rule name used twice is an error
 * here, before Drools could silently replace one rule with the other.
 */
public final class DrlFiles {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
    private static final Pattern RULE = Pattern.compile("(?m)^(\\s*)rule\\s+\"([^\"]+)\"");

    private final RuleSource source;
    private final Map<String, String> kiePathToFile = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();
    private int ruleCount;

    public DrlFiles(RuleSource source) { this.source = source; }

    /** Builds the DRL with the given project type; returns the builder, or null with {@link #errors()} set. */
    public KieBuilder build(Class<? extends ProjectType> projectType) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // no kmodule.xml: it needs drools-xml-support, and the default KieBase is what we want
        Map<String, String> firstDefinition = new HashMap<>();
        for (String file : source.files()) {
            if (!file.endsWith(".drl")) continue;
            String text = source.read(file);
            Matcher pm = PACKAGE.matcher(text);
            if (!pm.find()) {
                errors.add(source.display(file) + ":1:1: a DRL file must start with a package declaration");
                continue;
            }
            Matcher rm = RULE.matcher(text);
            while (rm.find()) {
                ruleCount++;
                int line = lineOf(text, rm.start(2));
                String where = source.display(file) + ":" + line + ":" + (rm.group(1).length() + 1);
                String before = firstDefinition.putIfAbsent(rm.group(2), where);
                if (before != null) errors.add(where + ": duplicate rule name \"" + rm.group(2) + "\" (first defined at " + before + ")");
            }
            String fileName = file.substring(file.lastIndexOf('/') + 1);
            String kiePath = "src/main/resources/" + pm.group(1).replace('.', '/') + "/" + fileName;
            if (kiePathToFile.containsKey(kiePath)) {
                errors.add(source.display(file) + ":1:1: another DRL file of package " + pm.group(1) + " has the name " + fileName);
                continue;
            }
            kiePathToFile.put(kiePath, file);
            kfs.write(kiePath, text);
        }
        if (!errors.isEmpty()) return null;
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(projectType);
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String file = fileOf(m.getPath());
            String where = file == null ? "rules" : source.display(file) + ":" + Math.max(1, m.getLine()) + ":" + Math.max(1, m.getColumn() + 1);
            errors.add(where + ": " + m.getText().strip().replace('\n', ' '));
        }
        return errors.isEmpty() ? builder : null;
    }

    /** Drools names a file by its KIE path, with or without the resources prefix. */
    private String fileOf(String messagePath) {
        if (messagePath == null || messagePath.isEmpty()) return null;
        for (Map.Entry<String, String> e : kiePathToFile.entrySet()) {
            if (e.getKey().equals(messagePath) || e.getKey().endsWith("/" + messagePath)) return e.getValue();
        }
        return null;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    public List<String> errors() { return List.copyOf(errors); }

    /** How many rules the DRL declares: the KieBase must hold exactly this many. */
    public int ruleCount() { return ruleCount; }
}
