package io.vitrine.events;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stores the shop's own events (searches, page views, clicks) off the shopper's request: a page hands its events to a
 * bounded queue and renders on; one task at a time drains the queue in batches, each batch one insert (one durable
 * group commit) however many pages arrived meanwhile, in the order they were handed in. A page never acknowledged its
 * events, so nothing promised is lost by not waiting; when the queue is full (the database stalled) further events are
 * dropped and counted, never the page. {@link #close()} writes what is still queued. Plain Java, no CDI.
 */
public final class EventBatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EventBatcher.class.getName());
    public static final int CAPACITY = 10_000;
    public static final int BATCH = 500;

    private final Consumer<List<Interaction>> store;
    private final Executor executor;
    private final LongConsumer droppedSink;
    private final int batchSize;
    private final BlockingQueue<Interaction> queue;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicLong dropped = new AtomicLong();
    /** One writer at a time: the background drain or {@link #close()}, so batches keep the queue's order. */
    private final Object writer = new Object();
    private volatile boolean closed;

    /**
     * @param store    writes one batch (durably); a failure is logged and the batch is lost
     * @param executor runs the drains; null: each event is stored on the caller's thread (tests, no container)
     * @param dropped  told how many events were dropped each time some are (a metric)
     */
    public EventBatcher(Consumer<List<Interaction>> store, Executor executor, int capacity, int batchSize,
                        LongConsumer dropped) {
        if (capacity < 1 || batchSize < 1) {
            throw new IllegalArgumentException("capacity and batch size >= 1 required: " + capacity + ", " + batchSize);
        }
        this.store = store;
        this.executor = executor;
        this.droppedSink = dropped;
        this.batchSize = batchSize;
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /** Queues the events (in order) and returns at once; those that find the queue full are dropped and counted. */
    public void offer(List<Interaction> events) {
        if (executor == null || closed) {
            // no background writer (any more): the caller's thread stores them, as before there was a queue
            synchronized (writer) {
                write(List.copyOf(events));
            }
            return;
        }
        int lost = 0;
        for (Interaction e : events) {
            if (!queue.offer(e)) {
                lost++;
            }
        }
        if (lost > 0) {
            long total = dropped.addAndGet(lost);
            droppedSink.accept(lost);
            if (total == lost || total / 1_000 != (total - lost) / 1_000) { // the first drop, then every thousand
                LOG.warning(() -> "events dropped, the database is behind: " + total + " so far");
            }
        }
        startDraining();
    }

    /** Events dropped so far because the queue was full. */
    public long dropped() {
        return dropped.get();
    }

    /** Events waiting to be written. */
    public int queued() {
        return queue.size();
    }

    /** Writes what is queued now, on the caller's thread, before returning (a reader about to need those events). */
    public void flush() {
        drainQueue();
    }

    /** Stops queueing (later events are stored on the caller's thread) and writes what is queued before returning. */
    @Override
    public void close() {
        closed = true;
        drainQueue();
    }

    private void startDraining() {
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RuntimeException e) {
                draining.set(false); // executor shutting down: the events wait for the next offer or close()
            }
        }
    }

    private void drain() {
        try {
            drainQueue();
        } finally {
            draining.set(false);
        }
        if (!queue.isEmpty() && !closed) {
            startDraining(); // an event offered after the last drainTo and before draining was cleared
        }
    }

    private void drainQueue() {
        synchronized (writer) {
            List<Interaction> batch = new ArrayList<>(batchSize);
            while (queue.drainTo(batch, batchSize) > 0) {
                write(batch);
                batch = new ArrayList<>(batchSize);
            }
        }
    }

    private void write(List<Interaction> batch) {
        try {
            store.accept(batch);
        } catch (RuntimeException e) {
            // losing analytics events is better than failing the shopper's page
            LOG.log(Level.WARNING, batch.size() + " event(s) not recorded", e);
        }
    }
}
