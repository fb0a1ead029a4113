package io.vitrine.search;

import io.vitrine.events.Interaction;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search events leave the shopper's request: queued, stored in batches by one background task, dropped when full. */
class SearchLogTest {

    private static Interaction search(int i) {
        return Interaction.search("anon:t", "q" + i, 1, Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void searchesDoNotWaitAndTheirEventsAreStoredInBatches() throws Exception {
        CountDownLatch databaseSlow = new CountDownLatch(1);
        List<List<Interaction>> batches = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            SearchLog log = new SearchLog(batch -> {
                try {
                    databaseSlow.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                batches.add(List.copyOf(batch));
            }, pool);
            for (int i = 0; i < 101; i++) {
                log.record(search(i)); // returns although the database has not stored the first one yet
            }
            assertTrue(batches.isEmpty());
            databaseSlow.countDown();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (batches.stream().mapToInt(List::size).sum() < 101 && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertEquals(101, batches.stream().mapToInt(List::size).sum());
            assertTrue(batches.size() <= 2, "the searches queued behind the first insert share the next: " + batches.size());
            List<String> queries = new ArrayList<>();
            batches.forEach(b -> b.forEach(e -> queries.add(e.query().orElseThrow())));
            assertEquals("q0", queries.get(0));
            assertEquals("q100", queries.get(100));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFullQueueDropsEventsNotSearches() {
        List<Runnable> neverRun = new ArrayList<>();
        List<Interaction> stored = new ArrayList<>();
        SearchLog log = new SearchLog(stored::addAll, neverRun::add);
        for (int i = 0; i < SearchLog.CAPACITY + 7; i++) {
            log.record(search(i));
        }
        assertEquals(7, log.dropped());
        assertEquals(1, neverRun.size(), "one drain task at a time");
        neverRun.get(0).run();
        assertEquals(SearchLog.CAPACITY, stored.size());
    }

    @Test
    void withoutAnExecutorTheEventIsStoredAtOnceAndAFailureIsOnlyLogged() {
        List<Interaction> stored = new ArrayList<>();
        new SearchLog(stored::addAll, null).record(search(1));
        assertEquals(1, stored.size());
        new SearchLog(batch -> {
            throw new IllegalStateException("database down");
        }, null).record(search(2));
    }
}
