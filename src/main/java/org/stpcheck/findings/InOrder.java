package org.stpcheck.findings;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Work on a list of items done on several threads and handed on in item order: the caller's
 * thread receives each result as soon as it and every earlier one are done. At most
 * {@code threads × 4} items are in flight or waiting to be handed on, so what a run holds stays
 * the same however many items it has.
 */
final class InOrder {
    private InOrder() {}

    /** Receives results in item order; it may write them out, hence the IOException. */
    @FunctionalInterface
    interface Receiver<R> {
        void accept(R result) throws IOException;
    }

    /** {@code work} must not throw for an item: a failure of one item is its result to report. */
    static <T, R> void run(List<T> items, int threads, Function<T, R> work, Receiver<R> receiver) throws IOException {
        if (threads <= 1) {
            for (T item : items) receiver.accept(work.apply(item));
            return;
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "stpcheck-worker-" + n.incrementAndGet());
            t.setDaemon(true);   // a failed run must not be kept alive by its workers
            return t;
        });
        try {
            int window = threads * 4;
            Deque<Future<R>> pending = new ArrayDeque<>(window);
            int next = 0;
            while (next < items.size() || !pending.isEmpty()) {
                while (next < items.size() && pending.size() < window) {
                    T item = items.get(next++);
                    pending.add(pool.submit(() -> work.apply(item)));
                }
                receiver.accept(pending.poll().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
