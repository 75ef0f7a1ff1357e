package org.stpcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code stpcheck}: check STP plans against the requirements catalogue. Exit codes: 0 nothing at
 * or above the fail-on level; 4 findings at or above it; 2 bad input or usage; 1 internal error.
 */
@Command(name = "stpcheck", mixinStandardHelpOptions = true, version = "stpcheck 1.0.0",
        description = "Checks NHS Sustainability and Transformation Plans (YAML, format 1) against the requirements catalogue.",
        subcommands = {CheckCommand.class, RulesCommand.class, ExplainCommand.class, SchemaCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing at or above the --fail-on level", "4:results at or above the --fail-on level",
                "2:bad input (a plan that does not load) or usage", "1:internal error"})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int BAD_INPUT = 2;
    public static final int FINDINGS = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: check, rules, explain or schema");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> BAD_INPUT);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof UserError u) {
                cmd.getErr().println("stpcheck: " + u.getMessage());
                return BAD_INPUT;
            }
            cmd.getErr().println("stpcheck: internal error: " + ex);
            if (System.getenv("STPCHECK_DEBUG") != null) ex.printStackTrace(cmd.getErr());
            else cmd.getErr().println("(set STPCHECK_DEBUG=1 for the stack trace, and report it)");
            return INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("stpcheck: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return BAD_INPUT;
        });
        return cl.execute(args);
    }

    /** A problem the user can fix: reported in one line, exit code 2. */
    static final class UserError extends RuntimeException {
        UserError(String message) { super(message); }
    }
}
