package org.stpcheck.cli;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.stpcheck.engine.RuleBase;

/**
 * The shipped rule base, started from {@code main} before picocli builds its model and parses (issue
 * 12: building the rule base is the longest path of one cold check, so it starts first). The
 * arguments are only glanced at here; {@link CheckCommand} takes this rule base only when its own
 * parse asks for exactly the shipped one, so a glance that guessed wrong costs time, never a
 * different result.
 */
final class EarlyRuleBase {
    /** Options that change which rule base a check needs, or mean no check runs at all. */
    private static final Set<String> CHANGES_RULES = Set.of("--rules", "--family", "--requirement", "--watch", "--help", "-h", "--version", "-V", "--");

    private EarlyRuleBase() {}

    /** Started on another thread when {@code args} are a plain {@code check}; otherwise null. */
    static CompletableFuture<RuleBase> startFor(String[] args, Timings timings) {
        if (!plainCheck(args)) return null;
        return RuleOptions.building(timings, () -> RuleOptions.shipped(null));
    }

    /**
     * A {@code check} with none of the options that change the rule base: an argument file
     * ({@code @FILE}) could hold any, an option written {@code --rules=DIR} counts too, and a
     * short option cluster such as {@code -hV} counts when it holds {@code h} or {@code V}.
     */
    static boolean plainCheck(String[] args) {
        if (args.length < 2 || !args[0].equals("check")) return false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("@")) return false;
            int eq = a.indexOf('=');
            if (CHANGES_RULES.contains(eq > 0 ? a.substring(0, eq) : a)) return false;
            if (a.length() > 1 && a.charAt(0) == '-' && a.charAt(1) != '-' && (a.indexOf('h') > 0 || a.indexOf('V') > 0)) return false;
        }
        return true;
    }
}
