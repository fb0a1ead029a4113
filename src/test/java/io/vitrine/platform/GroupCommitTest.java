package io.vitrine.platform;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupCommitTest {

    @Test
    void aWriterReturnsOnlyAfterACommitThatStartedAfterItsCall() throws Exception {
        AtomicLong written = new AtomicLong();
        AtomicLong committedUpTo = new AtomicLong();
        AtomicInteger commits = new AtomicInteger();
        try (GroupCommit group = new GroupCommit("test", () -> {
            long snapshot = written.get();
            Thread.sleep(2);
            committedUpTo.set(snapshot);
            commits.incrementAndGet();
        })) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> {
                    for (int j = 0; j < 50; j++) {
                        long mine = written.incrementAndGet();
                        group.awaitDurable();
                        assertTrue(committedUpTo.get() >= mine, "write " + mine + " acknowledged before its commit");
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(1, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertTrue(commits.get() < 800, "16 writers shared commits: " + commits.get() + " for 800 writes");
        }
    }

    @Test
    void aFailedCommitFailsItsWritersAndEveryLaterOne() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        try (GroupCommit group = new GroupCommit("test", () -> {
            entered.countDown();
            throw new java.io.IOException("disk full");
        })) {
            GroupCommit.CommitFailedException e = assertThrows(GroupCommit.CommitFailedException.class, group::awaitDurable);
            assertEquals("disk full", e.getCause().getMessage());
            assertThrows(GroupCommit.CommitFailedException.class, group::awaitDurable);
        }
    }

    @Test
    void aClosedGroupRefusesNewWriters() {
        GroupCommit group = new GroupCommit("test", () -> { });
        group.awaitDurable();
        group.close();
        assertThrows(GroupCommit.CommitFailedException.class, group::awaitDurable);
    }
}
