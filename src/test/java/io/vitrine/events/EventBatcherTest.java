package io.vitrine.events;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shop's own events leave the shopper's request: queued, stored in order and in batches by one background task,
 * dropped and counted when the queue is full, and written on close.
 */
class EventBatcherTest {

    private static Interaction search(int i) {
        return Interaction.search("anon:t", "q" + i, 1, Instant.parse("2026-12-01T10:00:00Z"));
    }

    private static List<String> queries(List<List<Interaction>> batches) {
        List<String> queries = new ArrayList<>();
        batches.forEach(b -> b.forEach(e -> queries.add(e.query().orElseThrow())));
        return queries;
    }

    @Test
    void callersDoNotWaitAndTheirEventsAreStoredInBatchesInOrder() throws Exception {
        CountDownLatch databaseSlow = new CountDownLatch(1);
        List<List<Interaction>> batches = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            EventBatcher batcher = new EventBatcher(batch -> {
                try {
                    databaseSlow.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                batches.add(List.copyOf(batch));
            }, pool, EventBatcher.CAPACITY, EventBatcher.BATCH, n -> { });
            for (int i = 0; i < 101; i++) {
                batcher.offer(List.of(search(i))); // returns although the database has not stored the first one yet
            }
            assertTrue(batches.isEmpty());
            databaseSlow.countDown();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (batches.stream().mapToInt(List::size).sum() < 101 && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertEquals(101, batches.stream().mapToInt(List::size).sum());
            assertTrue(batches.size() <= 2, "the events queued behind the first insert share the next: " + batches.size());
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 101; i++) {
                expected.add("q" + i);
            }
            assertEquals(expected, queries(batches));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFullQueueDropsAndCountsEventsNotCallers() {
        List<Runnable> neverRun = new ArrayList<>();
        List<Interaction> stored = new ArrayList<>();
        AtomicLong metric = new AtomicLong();
        EventBatcher batcher = new EventBatcher(stored::addAll, neverRun::add, 10, 4, metric::addAndGet);
        for (int i = 0; i < 12; i++) {
            batcher.offer(List.of(search(i)));
        }
        batcher.offer(List.of(search(12), search(13), search(14)));
        assertEquals(5, batcher.dropped());
        assertEquals(5, metric.get(), "the metric hears of every drop");
        assertEquals(1, neverRun.size(), "one drain task at a time");
        neverRun.get(0).run();
        assertEquals(10, stored.size());
        assertEquals("q9", stored.get(9).query().orElseThrow(), "the first ten kept, in order");
    }

    @Test
    void closeWritesWhatIsQueuedInBatchesOfTheBatchSizeAndLaterEventsAtOnce() {
        List<Runnable> neverRun = new ArrayList<>();
        List<List<Interaction>> batches = new ArrayList<>();
        EventBatcher batcher = new EventBatcher(b -> batches.add(List.copyOf(b)), neverRun::add, 100, 4, n -> { });
        for (int i = 0; i < 10; i++) {
            batcher.offer(List.of(search(i)));
        }
        assertEquals(10, batcher.queued());

        batcher.close(); // the executor never ran its task: close writes the queue itself

        assertEquals(List.of(4, 4, 2), batches.stream().map(List::size).toList());
        assertEquals(0, batcher.queued());
        batcher.offer(List.of(search(10)));
        assertEquals(4, batches.size(), "after close an event is stored on the caller's thread");
        assertEquals(List.of("q0", "q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10"), queries(batches));
    }

    @Test
    void flushWritesWhatIsQueuedAndQueueingGoesOn() {
        List<Runnable> neverRun = new ArrayList<>();
        List<Interaction> stored = new ArrayList<>();
        EventBatcher batcher = new EventBatcher(stored::addAll, neverRun::add, 100, 4, n -> { });
        batcher.offer(List.of(search(0), search(1)));
        batcher.flush();
        assertEquals(2, stored.size());
        batcher.offer(List.of(search(2)));
        assertEquals(2, stored.size(), "still queued after a flush, not written on the caller's thread");
        assertEquals(1, batcher.queued());
    }

    @Test
    void withoutAnExecutorTheEventIsStoredAtOnceAndAFailureIsOnlyLogged() {
        List<Interaction> stored = new ArrayList<>();
        new EventBatcher(stored::addAll, null, 10, 4, n -> { }).offer(List.of(search(1)));
        assertEquals(1, stored.size());
        new EventBatcher(batch -> {
            throw new IllegalStateException("database down");
        }, null, 10, 4, n -> { }).offer(List.of(search(2)));
    }
}
