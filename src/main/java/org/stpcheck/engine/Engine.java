package org.stpcheck.engine;

import java.util.ArrayList;
import java.util.List;

import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;

import org.stpcheck.catalogue.Catalogue;

/**
 * Runs the rules over plans. Plans are taken in chunks; each chunk shares one stateful session
 * (setting a session up costs more than evaluating a plan, performance-notes §3.3), and within it
 * each plan's facts are inserted and fired, then the session is reset — working memory, agenda and
 * the initial fact — so no rule ever sees two plans and a rule on {@code not X()} alone fires for
 * every plan, not only the first. The rule configuration is a fact of every plan. Cross-plan requirements run in a second,
 * batch pass over the facts of all plans at once.
 */
public final class Engine {
    public static final int CHUNK = 50;

    private final RuleBase rules;
    private final Catalogue catalogue;
    private final Facts facts = new Facts();

    public Engine(RuleBase rules, Catalogue catalogue) {
        this.rules = rules;
        this.catalogue = catalogue;
    }

    /** Findings for each plan model, in the order given. */
    public List<List<Finding>> evaluate(List<?> plans) {
        List<List<Finding>> out = new ArrayList<>();
        for (int from = 0; from < plans.size(); from += CHUNK) {
            List<?> chunk = plans.subList(from, Math.min(plans.size(), from + CHUNK));
            KieSession session = rules.kieBase().newKieSession();
            Tracker tracker = new Tracker();
            session.addEventListener(tracker);
            try {
                for (Object plan : chunk) {
                    out.add(run(session, tracker, facts.of(plan)));
                }
            } finally {
                session.dispose();
            }
        }
        return out;
    }

    /**
     * One batch pass: {@code facts} are the cross-plan facts of every plan of the run (for
     * example each plan's CCG memberships), and the findings come back in one list; each finding
     * of a batch rule names its plan in its facts.
     */
    public List<Finding> evaluateBatch(List<Object> facts) {
        KieSession session = rules.kieBase().newKieSession();
        Tracker tracker = new Tracker();
        session.addEventListener(tracker);
        try {
            return run(session, tracker, facts);
        } finally {
            session.dispose();
        }
    }

    private List<Finding> run(KieSession session, Tracker tracker, List<Object> planFacts) {
        FindingSink sink = new FindingSink(catalogue, facts);
        session.setGlobal("out", sink);
        tracker.sink = sink;
        session.insert(catalogue.config());
        for (Object f : planFacts) session.insert(f);
        session.fireAllRules();
        ((StatefulKnowledgeSessionImpl) session).reset();
        if (session.getAgendaEventListeners().isEmpty()) session.addEventListener(tracker);
        return sink.findings();
    }

    /** Tells the sink which rule is firing, and on which facts, so findings can explain themselves. */
    private static final class Tracker extends DefaultAgendaEventListener {
        FindingSink sink;

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            sink.enter(event.getMatch().getRule().getName(), event.getMatch().getObjects());
        }
    }
}
