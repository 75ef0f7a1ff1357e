package org.stpcheck.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

import org.stpcheck.engine.RuleBase;
import org.stpcheck.load.TerminalSafe;
import org.stpcheck.report.StandardOutput;

/**
 * {@code stpcheck}: check STP plans against the requirements catalogue. Exit codes: 0 nothing at
 * or above the fail-on level; 4 findings at or above it; 2 bad input or usage; 1 internal error.
 */
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int BAD_INPUT = 2;
    public static final int FINDINGS = 4;

    /** The whole command line, built in code: its commands each declare their own options (see {@link Value}). */
    private final CommandSpec spec = Commands.spec(this, "stpcheck",
            "Checks NHS Sustainability and Transformation Plans (YAML, format 1) against the requirements catalogue.");

    Main() {
        this(null);
    }

    /** {@code earlyRuleBase}: the shipped rule base {@code main} started before the parse, or null ({@link EarlyRuleBase}). */
    Main(CompletableFuture<RuleBase> earlyRuleBase) {
        spec.version("stpcheck 1.0.0");
        for (CommandSpec command : new CommandSpec[] {new CheckCommand(earlyRuleBase).spec(), new RulesCommand().spec(), new ExplainCommand().spec(),
                new SchemaCommand().spec(), new DocsCommand().spec(), new InitCommand().spec(), new ServeCommand().spec(), new HelpCommand().spec()}) {
            if (!command.helpCommand()) Commands.standardHelp(command);   // after the command's own options
            // a subcommand given as a CommandSpec would get a CommandLine with picocli's default factory
            spec.addSubcommand(command.name(), new CommandLine(command, Commands.FACTORY));
        }
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(UsageMessageSpec.keyValuesMap(
                "0:nothing at or above the --fail-on level", "4:results at or above the --fail-on level",
                "2:bad input (a plan that does not load) or usage", "1:internal error"));
        Commands.standardHelp(spec);
    }

    /** The command line of {@code main}'s commands; a Main is run once. */
    static CommandLine commandLine(Main main) {
        return new CommandLine(main.spec, Commands.FACTORY);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: check, rules, explain, schema, docs, init or serve");
    }

    public static void main(String[] args) {
        // standard output unbuffered by System.out, so a failed write (a full disk, a closed pipe) is seen
        StandardOutput out = new StandardOutput(new FileOutputStream(FileDescriptor.out));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        CompletableFuture<RuleBase> early = EarlyRuleBase.startFor(args, Timings.fromEnvironment(err));
        int code = run(new Main(early), out, err, args);
        if (out.checkError()) {
            err.println("stpcheck: cannot write to standard output" + (out.failure() == null ? "" : ": " + out.failure().getMessage()));
            if (code == OK || code == FINDINGS) code = BAD_INPUT;
        }
        err.flush();
        System.exit(code);
    }

    /** Runs the CLI on standard output and error and returns its exit code. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        try {
            return run(out, err, args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs the CLI with the given report and diagnostic streams (tests capture them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new Main(), out, err, args);
    }

    static int run(Main main, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(main);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> BAD_INPUT);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof UserError u) {
                cmd.getErr().println("stpcheck: " + escapeLines(u.getMessage()));
                return BAD_INPUT;
            }
            cmd.getErr().println("stpcheck: internal error: " + TerminalSafe.escape(ex.toString()));
            if (System.getenv("STPCHECK_DEBUG") != null) ex.printStackTrace(cmd.getErr());
            else cmd.getErr().println("(set STPCHECK_DEBUG=1 for the stack trace, and report it)");
            return INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter e = c.getErr();
            e.println("stpcheck: " + TerminalSafe.escape(ex.getMessage()));
            if (ex instanceof CommandLine.UnmatchedArgumentException u) suggest(u, e);
            // a short usage line, not the whole help: the mistake stays on screen
            e.println(shortUsage(c.getCommandSpec()));
            e.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return BAD_INPUT;
        });
        return cl.execute(args);
    }

    /**
     * Did you mean: picocli's suggestions, or, for a mistyped option they miss (a transposition such
     * as {@code --fromat}), the option nearest by edit distance.
     */
    private static void suggest(CommandLine.UnmatchedArgumentException u, PrintWriter e) {
        if (!u.getSuggestions().isEmpty()) {
            CommandLine.UnmatchedArgumentException.printSuggestions(u, e);
            return;
        }
        if (!u.isUnknownOption() || u.getUnmatched().isEmpty()) return;
        String typed = u.getUnmatched().get(0);
        int eq = typed.indexOf('=');
        if (eq > 0) typed = typed.substring(0, eq);
        String near = org.stpcheck.load.Suggestions.nearest(typed, new java.util.ArrayList<>(u.getCommandLine().getCommandSpec().optionsMap().keySet()));
        if (near != null) e.println("Did you mean: " + near + "?");
    }

    /** "Usage: stpcheck check [OPTIONS] FILE|DIR...": the command, its options and its parameters' labels. */
    static String shortUsage(CommandSpec spec) {
        StringBuilder b = new StringBuilder("Usage: ").append(spec.qualifiedName());
        if (!spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()) return b.append(" COMMAND [OPTIONS]").toString();
        if (!spec.options().isEmpty()) b.append(" [OPTIONS]");
        for (CommandLine.Model.PositionalParamSpec p : spec.positionalParameters()) {
            b.append(' ').append(p.paramLabel()).append(p.arity().max() > 1 ? "..." : "");
        }
        return b.toString();
    }

    /** A message's own lines kept, anything from the plans or the command line inside them escaped. */
    private static String escapeLines(String message) {
        return String.join("\n", message.lines().map(TerminalSafe::escape).toList());
    }

    /** A problem the user can fix: reported in one line, exit code 2. */
    static final class UserError extends RuntimeException {
        UserError(String message) { super(message); }
    }
}
