package org.stpcheck.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * Phase timings on stderr when STPCHECK_TIMING is set: where a cold start spends its time
 * (bench/cold.sh reports the whole-process figures). Times are milliseconds since JVM start.
 */
final class Timings {
    private final boolean on;
    private final PrintWriter err;

    Timings(boolean on, PrintWriter err) {
        this.on = on;
        this.err = err;
    }

    /** On when STPCHECK_TIMING is set. */
    static Timings fromEnvironment(PrintWriter err) {
        return new Timings(System.getenv("STPCHECK_TIMING") != null, err);
    }

    <T> T time(String phase, Supplier<T> work) {
        if (!on) return work.get();
        long start = sinceStart();
        T result = work.get();
        synchronized (err) {
            err.printf("stpcheck timing: %-32s %5d ms -> %5d ms (%d ms)%n", phase, start, sinceStart(), sinceStart() - start);
            err.flush();
        }
        return result;
    }

    void mark(String what) {
        if (!on) return;
        synchronized (err) {
            err.printf("stpcheck timing: %-32s at %5d ms%n", what, sinceStart());
            err.flush();
        }
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
