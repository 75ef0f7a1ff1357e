package org.stpcheck.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code help [COMMAND]}: what picocli's {@code CommandLine.HelpCommand} does, with the same texts,
 * declared in code because that class is annotated (issue 12: no annotation is read at start-up).
 * picocli runs it as a help command ({@code helpCommand}): before any other command, options unchecked.
 */
final class HelpCommand implements Callable<Integer> {
    private final CommandSpec spec = Commands.spec(this, "help",
            "%nWhen no COMMAND is given, the usage help for the main command is displayed.",
            "If a COMMAND is specified, the help for that command is shown.%n").helpCommand(true);

    final Value<String> command = Value.of(spec, String.class, PositionalParamSpec.builder().paramLabel("COMMAND").arity("0..1")
            .description("The COMMAND to display the usage help message for."));

    HelpCommand() {
        Value.flag(spec, OptionSpec.builder("-h", "--help").usageHelp(true).description("Show usage help for the help command and exit."));
        spec.usageMessage().header("Display help information about the specified command.").synopsisHeading("%nUsage: ");
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        CommandLine self = spec.commandLine();
        CommandLine parent = self.getParent();   // Main: help is registered only there
        String name = command.get();
        CommandLine target = parent;
        if (name != null) {
            Map<String, CommandLine> subcommands = parent.getCommandSpec().subcommands();
            target = subcommands.get(name);
            if (target == null) throw new CommandLine.ParameterException(parent, "Unknown subcommand '" + name + "'.", null, name);
        }
        target.usage(self.getOut(), self.getColorScheme());
        return target.getCommandSpec().exitCodeOnUsageHelp();
    }
}
