package io.vitrine.search;

import io.vitrine.events.Interaction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records searches as events off the shopper's request: a search hands its event to a bounded queue and answers; one
 * task at a time drains the queue in batches, each batch one insert (one durable group commit) however many searches
 * arrived meanwhile. A search's answer never acknowledged its event, so nothing promised is lost by not waiting; when
 * the queue is full (the database stalled) further events are dropped and counted, never the search.
 */
final class SearchLog {

    private static final Logger LOG = Logger.getLogger(SearchLog.class.getName());
    static final int CAPACITY = 10_000;
    static final int BATCH = 500;

    private final Consumer<List<Interaction>> store;
    private final Executor executor;
    private final BlockingQueue<Interaction> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicLong dropped = new AtomicLong();

    /** {@code executor} null: stored on the caller's thread (tests, or no container). */
    SearchLog(Consumer<List<Interaction>> store, Executor executor) {
        this.store = store;
        this.executor = executor;
    }

    void record(Interaction event) {
        if (executor == null) {
            write(List.of(event));
            return;
        }
        if (!queue.offer(event)) {
            if (dropped.incrementAndGet() % 1_000 == 1) {
                LOG.warning(() -> "search events dropped, the database is behind: " + dropped.get() + " so far");
            }
            return;
        }
        startDraining();
    }

    long dropped() {
        return dropped.get();
    }

    private void startDraining() {
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RuntimeException e) {
                draining.set(false); // executor shutting down: the events wait for the next search
            }
        }
    }

    private void drain() {
        try {
            List<Interaction> batch = new ArrayList<>(BATCH);
            while (queue.drainTo(batch, BATCH) > 0) {
                write(batch);
                batch = new ArrayList<>(BATCH);
            }
        } finally {
            draining.set(false);
        }
        if (!queue.isEmpty()) {
            startDraining(); // an event offered after the last drainTo and before draining was cleared
        }
    }

    private void write(List<Interaction> batch) {
        try {
            store.accept(batch);
        } catch (RuntimeException e) {
            // losing analytics events is better than failing the shopper's search
            LOG.log(Level.WARNING, batch.size() + " search event(s) not recorded", e);
        }
    }
}
