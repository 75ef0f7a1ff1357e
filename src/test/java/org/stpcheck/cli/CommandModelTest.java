package org.stpcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command line is declared in code (issue 12): each command gets the values its annotations
 * used to give it, picocli finds no annotation to read, and the usage help still lists everything.
 */
class CommandModelTest {
    /** The command {@code args} select, parsed as a run would parse them. */
    @SuppressWarnings("unchecked")
    private static <T> T parsed(Class<T> type, String... args) {
        ParseResult r = Main.commandLine(new Main()).parseArgs(args);
        while (r.hasSubcommand()) r = r.subcommand();
        return (T) r.commandSpec().userObject();
    }

    @Test
    void checkGetsItsDefaults() {
        CheckCommand c = parsed(CheckCommand.class, "check", "plans/a.yaml");
        assertThat(c.inputs.get()).containsExactly(Path.of("plans/a.yaml"));
        assertThat(c.format.get()).isEqualTo("text");
        assertThat(c.failOn.get()).isEqualTo("error");
        assertThat(c.minFactConfidence.get()).isEqualTo("low");
        assertThat(c.csvRows.get()).isEqualTo("results");
        assertThat(c.output.get()).isNull();
        assertThat(c.families.get()).isNull();
        assertThat(c.requirements.get()).isNull();
        assertThat(c.waiversFile.get()).isNull();
        assertThat(c.baselineFile.get()).isNull();
        assertThat(c.rules.rulesDir()).isNull();
        assertThat(List.of(c.explain.get(), c.legal.get(), c.failOnNew.get(), c.watch.get())).containsOnly(false);
    }

    @Test
    void checkGetsEveryOptionGiven() {
        CheckCommand c = parsed(CheckCommand.class, "check", "--format=json", "-o", "out.json", "--family", "pg,acs", "--family", "S75",
                "--requirement", "s75-06,PG-03", "--fail-on", "warning", "--explain", "--legal", "--waivers", "w.yaml", "--baseline", "b.json",
                "--fail-on-new", "--min-fact-confidence", "medium", "--watch", "--csv-rows", "findings", "--rules", "rules", "a.yaml", "--", "-b.yaml");
        assertThat(c.inputs.get()).containsExactly(Path.of("a.yaml"), Path.of("-b.yaml"));
        assertThat(c.format.get()).isEqualTo("json");
        assertThat(c.output.get()).isEqualTo(Path.of("out.json"));
        assertThat(c.families.get()).containsExactly("pg", "acs", "S75");
        assertThat(c.requirements.get()).containsExactly("s75-06", "PG-03");
        assertThat(c.failOn.get()).isEqualTo("warning");
        assertThat(c.waiversFile.get()).isEqualTo(Path.of("w.yaml"));
        assertThat(c.baselineFile.get()).isEqualTo(Path.of("b.json"));
        assertThat(c.minFactConfidence.get()).isEqualTo("medium");
        assertThat(c.csvRows.get()).isEqualTo("findings");
        assertThat(c.rules.rulesDir()).isEqualTo(Path.of("rules"));
        assertThat(List.of(c.explain.get(), c.legal.get(), c.failOnNew.get(), c.watch.get())).containsOnly(true);
    }

    @Test
    void theOtherCommandsGetTheirValues() {
        ServeCommand s = parsed(ServeCommand.class, "serve");
        assertThat(s.dir.get()).isEqualTo(Path.of("plans"));
        assertThat(s.port.get()).isEqualTo(8080);
        assertThat(s.host.get()).isEqualTo("127.0.0.1");
        s = parsed(ServeCommand.class, "serve", "--port", "0", "--host=::1", "--rules", "r", "dir");
        assertThat(List.of(s.dir.get(), s.port.get(), s.host.get(), s.rules.rulesDir())).containsExactly(Path.of("dir"), 0, "::1", Path.of("r"));
        DocsCommand d = parsed(DocsCommand.class, "docs");
        assertThat(d.output.get()).isEqualTo(Path.of("docs/rules"));
        assertThat(d.planFormat.get()).isNull();
        d = parsed(DocsCommand.class, "docs", "-o", "x", "--plan-format", "p.md", "--schema", "s.json");
        assertThat(List.of(d.output.get(), d.planFormat.get(), d.schema.get())).containsExactly(Path.of("x"), Path.of("p.md"), Path.of("s.json"));
        InitCommand i = parsed(InitCommand.class, "init");
        assertThat(i.footprint.get()).isNull();
        assertThat(i.output.get()).isNull();
        assertThat(i.force.get()).isFalse();
        i = parsed(InitCommand.class, "init", "--footprint", "E54000036", "--output=p.yaml", "--force");
        assertThat(List.of(i.footprint.get(), i.output.get(), i.force.get())).containsExactly("E54000036", Path.of("p.yaml"), true);
        assertThat(parsed(ExplainCommand.class, "explain", "S75-06").id.get()).isEqualTo("S75-06");
        assertThat(parsed(RulesCommand.class, "rules", "--rules", "r").rules.rulesDir()).isEqualTo(Path.of("r"));
        assertThat(parsed(HelpCommand.class, "help", "check").command.get()).isEqualTo("check");
    }

    @Test
    void noClassOfTheCliCarriesAPicocliAnnotation() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("org/stpcheck/cli");
        List<String> found = new ArrayList<>();
        int classes = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = f.getFileName().toString();
                Class<?> c = Class.forName("org.stpcheck.cli." + name.substring(0, name.length() - ".class".length()));
                classes++;
                List<AnnotatedElement> elements = new ArrayList<>(List.of(c));
                elements.addAll(List.of(c.getDeclaredFields()));
                elements.addAll(List.of(c.getDeclaredMethods()));
                elements.addAll(List.of(c.getDeclaredConstructors()));
                for (AnnotatedElement e : elements) {
                    List<Annotation> all = new ArrayList<>(List.of(e.getDeclaredAnnotations()));
                    if (e instanceof Executable x) for (Annotation[] p : x.getParameterAnnotations()) all.addAll(List.of(p));
                    for (Annotation a : all) if (a.annotationType().getName().startsWith("picocli.")) found.add(e + ": " + a);
                }
            }
        }
        assertThat(classes).isGreaterThan(10);
        assertThat(found).isEmpty();
    }

    @Test
    void eachCommandsUsageHelpListsEachOfItsOptionsAndParameters() {
        CommandLine main = Main.commandLine(new Main());
        List<CommandLine> commands = new ArrayList<>(List.of(main));
        commands.addAll(main.getSubcommands().values());
        assertThat(main.getSubcommands().keySet()).containsExactly("check", "rules", "explain", "schema", "docs", "init", "serve", "help");
        for (CommandLine command : commands) {
            CommandSpec spec = command.getCommandSpec();
            String usage = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertThat(spec.options()).as(spec.qualifiedName()).isNotEmpty();
            for (OptionSpec o : spec.options()) {
                for (String name : o.names()) assertThat(usage).as(spec.qualifiedName()).contains(name);
                assertThat(usage).contains(o.description()[0].replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue())).substring(0, 20));
            }
            for (PositionalParamSpec p : spec.positionalParameters()) assertThat(usage).contains(p.paramLabel());
            if (!spec.helpCommand()) {
                assertThat(spec.optionsMap()).as(spec.qualifiedName()).containsKeys("-h", "--help", "-V", "--version");
                assertThat(spec.optionsMap().get("--help").usageHelp()).isTrue();
                assertThat(spec.optionsMap().get("--version").versionHelp()).isTrue();
            }
        }
        assertThat(main.getCommandSpec().version()).containsExactly("stpcheck 1.0.0");
    }

    @Test
    void theHelpCommandShowsACommandsHelpOrRefusesAnUnknownOne() {
        for (String command : List.of("check", "rules", "explain", "schema", "docs", "init", "serve")) {
            assertThat(run("help", command)).isEqualTo(run(command, "--help")).startsWith("0\nUsage: stpcheck " + command + " ");
        }
        assertThat(run("help")).isEqualTo(run("--help")).contains("  help     Display help information about the specified command.");
        assertThat(run("help", "--help")).startsWith("0\nDisplay help information about the specified command.\n\nUsage: stpcheck help [-h] [COMMAND]\n");
        assertThat(run("help", "nosuch")).isEqualTo("2\n\nstpcheck: Unknown subcommand 'nosuch'.\nUsage: stpcheck COMMAND [OPTIONS]\n"
                + "Try 'stpcheck --help' for more information.\n");
    }

    /** Exit code, standard output and standard error of one run, one after the other. */
    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return code + "\n" + out + "\n" + err;
    }

    /**
     * The launcher tells a batch from a small run by counting plan arguments, so it skips the value
     * of every option of check that takes one: its list must be the command's.
     */
    @Test
    void theLauncherKnowsEveryOptionOfCheckThatTakesAValue() throws IOException {
        String line = Files.readAllLines(Path.of("stpcheck")).stream().filter(l -> l.contains(") skip=1; continue ;;")).findFirst().orElseThrow();
        List<String> launcher = List.of(line.strip().substring(0, line.strip().indexOf(')')).split("\\|"));
        List<String> command = new ArrayList<>();
        for (OptionSpec o : Main.commandLine(new Main()).getSubcommands().get("check").getCommandSpec().options()) {
            if (o.arity().max() > 0) command.addAll(List.of(o.names()));
        }
        assertThat(launcher).containsExactlyInAnyOrderElementsOf(command);
    }
}
