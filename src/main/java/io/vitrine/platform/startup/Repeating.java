package io.vitrine.platform.startup;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Background work a feature repeats after start-up (the order sweep, the retention sweep, the dashboard roll-up): on
 * the managed executor with a fixed delay between runs, until the bean's {@code @PreDestroy} calls {@link #stop}. Each
 * feature logs a failed run in its own words ({@link #logging}); the next run comes as planned.
 */
public final class Repeating {

    /** Nothing scheduled: before start-up, and without an executor (unit tests, command-line tools). */
    public static final Repeating NONE = new Repeating(null);

    private final ScheduledFuture<?> future;

    private Repeating(ScheduledFuture<?> future) {
        this.future = future;
    }

    /** {@code task} after {@code first}, then again {@code every} after each run ends; {@link #NONE} without executor. */
    public static Repeating every(ScheduledExecutorService executor, Duration first, Duration every, Runnable task) {
        return executor == null ? NONE
                : new Repeating(executor.scheduleWithFixedDelay(task, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** {@code task}, a failure of which is logged ({@code failure} says what failed and what happens next), never thrown. */
    public static Runnable logging(Runnable task, Logger log, Level level, String failure) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.log(level, failure, e);
            }
        };
    }

    public void stop() {
        if (future != null) {
            future.cancel(false);
        }
    }
}
