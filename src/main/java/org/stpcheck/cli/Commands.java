package org.stpcheck.cli;

import java.util.ArrayList;

import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What every command's spec starts and ends with. The command object is wrapped, never inspected
 * ({@code wrapWithoutInspection}): picocli reads no annotations at all (issue 12, see {@link Value}).
 */
final class Commands {
    private Commands() {}

    /**
     * What picocli creates for our commands: the list of a list option. Not picocli's default
     * factory, whose initialiser looks for Groovy's {@code Closure} class: a failed class lookup
     * that cost a cold check about 5 ms of the main thread.
     */
    static final IFactory FACTORY = new IFactory() {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls.isAssignableFrom(ArrayList.class)) return cls.cast(new ArrayList<>());
            return cls.getDeclaredConstructor().newInstance();
        }
    };

    /** The spec of {@code command} (its Callable or Runnable), named and described as its usage help shows it. */
    static CommandSpec spec(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command, FACTORY).name(name);
        spec.usageMessage().description(description);
        return spec;
    }

    /**
     * {@code -h, --help} and {@code -V, --version}, added by {@link Main} after a command's own options, as
     * picocli's {@code mixinStandardHelpOptions} did (which would read the annotations of picocli's own mixin).
     */
    static void standardHelp(CommandSpec spec) {
        Value.flag(spec, OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit."));
        Value.flag(spec, OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit."));
    }
}
