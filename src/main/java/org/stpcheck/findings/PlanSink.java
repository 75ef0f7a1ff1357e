package org.stpcheck.findings;

import java.io.IOException;
import java.util.function.UnaryOperator;

/**
 * Receives a run's plan reports one at a time, in file order, on the thread that started the run.
 * A sink may write the report and let go of it; nothing upstream keeps it. Transforms of results
 * (waivers, baselines) fit between the checker and a renderer with {@link #after}.
 */
@FunctionalInterface
public interface PlanSink {
    void accept(PlanReport plan) throws IOException;

    /** This sink, receiving each report as {@code transform} changed it. */
    default PlanSink after(UnaryOperator<PlanReport> transform) {
        return plan -> accept(transform.apply(plan));
    }
}
