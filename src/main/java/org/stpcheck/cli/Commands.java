package org.stpcheck.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;

import picocli.CommandLine.Help;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IHelpFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

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
        spec.usageMessage().description(description).helpFactory(HELP_FACTORY);
        return spec;
    }

    /** Every command's usage help: picocli's, with options sorted the same under any default locale ({@link RootLocaleHelp}). */
    private static final IHelpFactory HELP_FACTORY = new IHelpFactory() {   // not a lambda: no bootstrap at start-up
        @Override
        public Help create(CommandSpec spec, Help.ColorScheme colorScheme) {
            return new RootLocaleHelp(spec, colorScheme);
        }
    };

    /**
     * picocli's usage help with its two option sorts (the option list; the synopsis, by arity first)
     * redone with names upper-cased in {@code Locale.ROOT}. picocli upper-cases them in the default
     * locale to compare them: on a Turkish machine {@code --waivers} becomes {@code --WAİVERS}, whose
     * dotted {@code İ} sorts after every ASCII letter, and the help came out in another order
     * ({@code --watch} before {@code --waivers}, {@code --family} before {@code --fail-on}). Otherwise
     * the same comparisons as picocli 4.7's {@code SortByShortestOptionNameAlphabetically} and
     * {@code SortByOptionArityAndNameAlphabetically}, so the help is byte for byte what it was in
     * other locales ({@code HelpTextTest}).
     */
    static final class RootLocaleHelp extends Help {
        /**
         * By shortest name, case-insensitively, lower case first for names equal but for case; options
         * marked with picocli's old {@code help} attribute (none of ours) last.
         */
        @SuppressWarnings("deprecation")
        private static final Comparator<OptionSpec> BY_NAME = (a, b) -> {
            if (a.help() != b.help()) return a.help() ? 1 : -1;
            String s1 = stripPrefix(a.shortestName());
            String s2 = stripPrefix(b.shortestName());
            int result = s1.toUpperCase(Locale.ROOT).compareTo(s2.toUpperCase(Locale.ROOT));
            return result != 0 ? result : -s1.compareTo(s2);
        };
        /** The synopsis: fewest values at most first (flags), then fewest at least, single before multi-value, then by name. */
        private static final Comparator<OptionSpec> BY_ARITY_AND_NAME = Comparator
                .comparingInt((OptionSpec o) -> o.arity().max())
                .thenComparingInt(o -> o.arity().min())
                .thenComparing(OptionSpec::isMultiValue)
                .thenComparing(BY_NAME);

        RootLocaleHelp(CommandSpec spec, Help.ColorScheme colorScheme) {
            super(spec, colorScheme);
        }

        @Override
        public Comparator<OptionSpec> createDefaultOptionSort() {
            return commandSpec().usageMessage().sortOptions() ? BY_NAME : super.createDefaultOptionSort();
        }

        @Override
        public String synopsis(int synopsisHeadingLength) {
            UsageMessageSpec usage = commandSpec().usageMessage();
            boolean custom = usage.customSynopsis() != null && usage.customSynopsis().length > 0;
            if (custom || usage.abbreviateSynopsis() || !usage.sortSynopsis()) return super.synopsis(synopsisHeadingLength);
            return detailedSynopsis(synopsisHeadingLength, BY_ARITY_AND_NAME, commandSpec().parser().posixClusteredShortOptionsAllowed());
        }

        /** A name without its leading {@code -} or {@code --}, as picocli's {@code CommandSpec.stripPrefix}. */
        private static String stripPrefix(String name) {
            for (int i = 0; i < name.length(); i++) {
                if (Character.isJavaIdentifierPart(name.charAt(i))) return name.substring(i);
            }
            return name;
        }
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
