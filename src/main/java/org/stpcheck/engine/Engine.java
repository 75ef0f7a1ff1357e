package org.stpcheck.engine;

import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.DirectFiringOption;
import org.kie.api.runtime.rule.Match;
import org.kie.internal.event.rule.RuleEventListener;
import org.kie.internal.event.rule.RuleEventManager;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;

import org.stpcheck.catalogue.Catalogue;

/**
 * Runs the rules over one plan at a time, on any number of threads at once. Each evaluation
 * borrows a stateful session of its own (setting one up costs more than evaluating a plan,
 * performance-notes §3.3) and gives it back reset — working memory, agenda and the initial fact —
 * so no rule ever sees two plans and a rule on {@code not X()} alone fires for every plan. A
 * session is replaced after {@link #CHUNK} plans. The rule configuration is a fact of every plan;
 * cross-plan facts (PG-02), when the run has them, are inserted beside the plan's own.
 *
 * <p>Sessions fire directly ({@link DirectFiringOption}): no rule has a salience, an agenda group
 * or a consequence that changes facts, so the agenda's conflict resolution had nothing to decide,
 * yet without it a plan's evaluation takes 13 % less CPU (bench/README "Rules"). Only the order in which findings
 * arrive changes, and every report orders a requirement's findings itself
 * ({@code Results.combine}).
 *
 * <p>A rule that throws never ends the run: a consequence that throws becomes an internal-error
 * finding of its requirement ({@link RuleFailures}) and the session fires on; a condition that
 * throws leaves the session unusable, so the plan is evaluated again without the requirements of
 * the rules Drools names in the exception, or on smaller and smaller subsets of the requirements
 * ({@link RuleBase#subset}) until the ones whose rules throw are found; only they get internal
 * errors.
 */
public final class Engine {
    public static final int CHUNK = 50;
    /** "Rule \"PG-03 lead not named\"" in the messages Drools gives a failed condition. */
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"([^\"]+)\"");

    private final RuleBase rules;
    private final Catalogue catalogue;
    private final Facts facts = new Facts();
    private final Deque<Session> idle = new ConcurrentLinkedDeque<>();
    /** Every session's configuration, made once: Drools reads its property files from the class path for each one made. */
    private final KieSessionConfiguration sessions;

    public Engine(RuleBase rules, Catalogue catalogue) {
        this.rules = rules;
        this.catalogue = catalogue;
        this.sessions = KieServices.Factory.get().newKieSessionConfiguration();
        sessions.setOption(DirectFiringOption.YES);
    }

    /**
     * The findings of one plan model; {@code crossPlan} are the facts the run's other plans add
     * (empty outside a batch). Safe to call from many threads at once.
     */
    public List<Finding> evaluate(Object plan, List<?> crossPlan) {
        List<Object> all = facts.of(plan);
        all.addAll(crossPlan);
        Session s = idle.poll();
        if (s == null) s = new Session(rules.kieBase());
        boolean healthy = false;
        try {
            List<Finding> found = s.fire(all);
            healthy = true;
            return found;
        } catch (RuntimeException | StackOverflowError e) {
            return isolated(all, e);
        } finally {
            if (healthy && ++s.used < CHUNK) idle.push(s);
            else s.dispose();
        }
    }

    /** Findings for each plan model, in the order given (benchmarks; the checker goes plan by plan). */
    public List<List<Finding>> evaluate(List<?> plans) {
        List<List<Finding>> out = new ArrayList<>();
        for (Object plan : plans) out.add(evaluate(plan, List.of()));
        return out;
    }

    /** Disposes the idle sessions; the engine stays usable and opens new ones when asked. */
    public void releaseSessions() {
        for (Session s = idle.poll(); s != null; s = idle.poll()) s.dispose();
    }

    /**
     * A condition threw, and the session cannot go on. The requirements of the rules Drools names in
     * the exception get internal errors; the plan is evaluated again on the others' rules, and if
     * that throws too, on halves of them, then halves of any half that throws, down to single
     * requirements, whose failure is then theirs. Every requirement that does not throw is still
     * decided.
     */
    private List<Finding> isolated(List<Object> all, Throwable failure) {
        List<String> ids = new ArrayList<>(rules.requirementIds());
        FindingSink sink = new FindingSink(catalogue, facts);
        List<String> rest = new ArrayList<>();
        for (String id : ids) {
            String rule = ruleOf(failure, id);
            if (rule != null) sink.internalError(id, rule, failure);
            else rest.add(id);
        }
        List<Finding> found = new ArrayList<>(sink.findings());
        found.addAll(rest.size() < ids.size() ? isolated(all, rest) : halves(all, rest));
        return found;
    }

    private List<Finding> isolated(List<Object> all, List<String> ids) {
        if (ids.isEmpty()) return List.of();
        Session s = new Session(rules.subset(new HashSet<>(ids)));
        try {
            return s.fire(all);
        } catch (RuntimeException | StackOverflowError e) {
            if (ids.size() > 1) return halves(all, ids);
            FindingSink sink = new FindingSink(catalogue, facts);
            sink.internalError(ids.get(0), ruleOf(e, ids.get(0)), e);
            return sink.findings();
        } finally {
            s.dispose();
        }
    }

    private List<Finding> halves(List<Object> all, List<String> ids) {
        int half = ids.size() / 2;
        List<Finding> found = new ArrayList<>(isolated(all, ids.subList(0, half)));
        found.addAll(isolated(all, ids.subList(half, ids.size())));
        return found;
    }

    /** The failed rule, when Drools names one of {@code requirement} in the exception. */
    private static String ruleOf(Throwable e, String requirement) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() == null) continue;
            Matcher m = RULE_IN_MESSAGE.matcher(t.getMessage());
            while (m.find()) if (m.group(1).startsWith(requirement + " ")) return m.group(1);
        }
        return null;
    }

    /** One stateful session, used by one thread at a time. */
    private final class Session {
        private final KieSession kie;
        private final Tracker tracker = new Tracker();
        int used;

        Session(KieBase kieBase) {
            kie = kieBase.newKieSession(sessions, null);
            ((RuleEventManager) kie).addEventListener(tracker);
        }

        List<Finding> fire(List<Object> planFacts) {
            FindingSink sink = new FindingSink(catalogue, facts);
            kie.setGlobal("out", sink);
            tracker.sink = sink;
            kie.insert(catalogue.config());
            for (Object f : planFacts) kie.insert(f);
            kie.fireAllRules();
            tracker.sink = null;
            ((StatefulKnowledgeSessionImpl) kie).reset();
            ((RuleEventManager) kie).addEventListener(tracker); // reset() removes every listener
            return sink.findings();
        }

        void dispose() {
            try {
                kie.dispose();
            } catch (RuntimeException e) {
                // a session a rule broke may fail to tidy up; it is dropped either way
            }
        }
    }

    /**
     * Tells the sink which rule is firing, and on which facts, so findings can explain themselves.
     * A rule event listener, not an agenda listener: a directly firing session tells only these
     * listeners, and it makes no event object per match.
     */
    private static final class Tracker implements RuleEventListener {
        FindingSink sink;

        @Override
        public void onBeforeMatchFire(Match match) {
            sink.enter(match);
        }
    }
}
