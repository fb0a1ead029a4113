package io.vitrine.platform;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChangedKeysTest {

    private static final Logger LOG = Logger.getLogger(ChangedKeysTest.class.getName());

    @Test
    void withoutAnExecutorEachKeyIsHandedOverAtOnce() {
        List<List<Integer>> batches = new ArrayList<>();
        ChangedKeys<Integer> keys = new ChangedKeys<>(2, batches::add, LOG, "failed");
        keys.add(1, null);
        keys.add(2, null);
        assertEquals(List.of(List.of(1), List.of(2)), batches);
    }

    @Test
    void keysNotedBeforeTheDrainRunsGoInBatchesOfTheSizeAndOneDrainIsQueued() {
        List<Runnable> queued = new ArrayList<>();
        Executor executor = queued::add;
        List<List<Integer>> batches = new ArrayList<>();
        ChangedKeys<Integer> keys = new ChangedKeys<>(2, batches::add, LOG, "failed");
        for (int i = 1; i <= 5; i++) {
            keys.add(i, executor);
        }
        assertEquals(1, queued.size(), "one drain for five keys");
        queued.remove(0).run();
        assertEquals(List.of(2, 2, 1), batches.stream().map(List::size).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), batches.stream().flatMap(List::stream).sorted().toList());
        keys.add(6, executor);
        assertEquals(1, queued.size(), "the next key queues the next drain");
    }

    @Test
    void aRefusedTaskIsDrainedOnTheCallersThreadAndAFailureIsNotThrown() {
        List<Integer> seen = new ArrayList<>();
        ChangedKeys<Integer> keys = new ChangedKeys<>(10, batch -> {
            seen.addAll(batch);
            throw new IllegalStateException("database down");
        }, LOG, "the test's keys were not handled");
        keys.add(7, task -> {
            throw new java.util.concurrent.RejectedExecutionException("shutting down");
        });
        assertEquals(List.of(7), seen);
    }
}
