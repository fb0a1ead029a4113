package io.vitrine.platform.startup;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepeatingTest {

    @Test
    void aFailedRunIsLoggedInTheFeaturesWordsAndNotThrown() {
        Logger log = Logger.getLogger("repeating-test");
        log.setUseParentHandlers(false);
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        try {
            Repeating.logging(() -> {
                throw new IllegalStateException("boom");
            }, log, Level.WARNING, "the sweep failed; it runs again in a minute").run();
        } finally {
            log.removeHandler(handler);
        }
        assertEquals(1, records.size());
        assertEquals(Level.WARNING, records.get(0).getLevel());
        assertEquals("the sweep failed; it runs again in a minute", records.get(0).getMessage());
        assertEquals("boom", records.get(0).getThrown().getMessage());
    }

    @Test
    void withoutAnExecutorNothingRepeats() {
        AtomicInteger runs = new AtomicInteger();
        Repeating r = Repeating.every(null, Duration.ZERO, Duration.ofMinutes(1), runs::incrementAndGet);
        assertSame(Repeating.NONE, r);
        r.stop();
        assertEquals(0, runs.get());
    }

    @Test
    void runsAgainAfterEachDelayUntilStopped() throws InterruptedException {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
        executor.setRemoveOnCancelPolicy(true);
        try {
            CountDownLatch three = new CountDownLatch(3);
            Repeating r = Repeating.every(executor, Duration.ZERO, Duration.ofMillis(5), three::countDown);
            assertTrue(three.await(5, TimeUnit.SECONDS), "three runs");
            r.stop();
            assertTrue(executor.getQueue().isEmpty(), "nothing left scheduled");
        } finally {
            executor.shutdownNow();
        }
    }
}
