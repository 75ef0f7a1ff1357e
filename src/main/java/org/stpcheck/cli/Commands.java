package org.stpcheck.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What every command's spec starts and ends with. The command object is wrapped, never inspected
 * ({@code wrapWithoutInspection}): picocli reads no annotations at all (issue 12, see {@link Value}).
 */
final class Commands {
    private Commands() {}

    /** The spec of {@code command} (its Callable or Runnable), named and described as its usage help shows it. */
    static CommandSpec spec(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().description(description);
        return spec;
    }

    /**
     * {@code -h, --help} and {@code -V, --version}, added last, as picocli's
     * {@code mixinStandardHelpOptions} did (which would read the annotations of picocli's own mixin).
     */
    static CommandSpec standardHelp(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class).initialValue(false)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class).initialValue(false)
                .description("Print version information and exit.").build());
        return spec;
    }
}
