package org.stpcheck.engine;

import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * What a session does when a rule's consequence throws: the failure becomes an internal-error
 * finding of the rule's requirement, for the plan being evaluated, and the session fires the rest
 * of its agenda. Drools makes one instance per session from this class (configured on the KieBase
 * by {@link RuleBase}), so it keeps no state: the finding goes to the session's own sink.
 */
public final class RuleFailures implements ConsequenceExceptionHandler {

    @Override
    public void handleException(Match match, RuleRuntime session, Exception exception) {
        FindingSink sink = session instanceof KieRuntime k && k.getGlobal("out") instanceof FindingSink s ? s : null;
        // without a sink there is no plan to report against: let Drools stop the session as it would
        if (sink == null) throw new IllegalStateException("rule \"" + match.getRule().getName() + "\" failed", exception);
        Object id = match.getRule().getMetaData().get("requirement");
        sink.internalError(id == null ? requirementOf(match.getRule().getName()) : id.toString(), match.getRule().getName(), exception);
    }

    /** Rule names start with their requirement id (RuleBase checks it). */
    static String requirementOf(String ruleName) {
        int space = ruleName.indexOf(' ');
        return space < 0 ? ruleName : ruleName.substring(0, space);
    }
}
