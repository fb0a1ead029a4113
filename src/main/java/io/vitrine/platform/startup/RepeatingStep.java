package io.vitrine.platform.startup;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;

import java.time.Duration;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A start-up step whose work then repeats in the background (the order sweep, the retention sweep): its name and
 * phase, the managed executor, the schedule and its end when the application stops. A failed run is logged in the
 * feature's words and the next one comes as planned.
 */
public abstract class RepeatingStep implements StartupStep {

    @Resource
    ManagedScheduledExecutorService executor;

    private final String name;
    private final Phase phase;
    private Repeating schedule = Repeating.NONE;

    protected RepeatingStep(String name, Phase phase) {
        this.name = Objects.requireNonNull(name, "name");
        this.phase = Objects.requireNonNull(phase, "phase");
    }

    @Override
    public Phase phase() {
        return phase;
    }

    @Override
    public String name() {
        return name;
    }

    /** {@code task}, a failure of which is logged with {@code failure} (what failed, when it runs again), never thrown. */
    protected static Runnable logged(Runnable task, Logger log, String failure) {
        return Repeating.logging(task, log, Level.WARNING, failure);
    }

    /**
     * Runs {@code task} after {@code first}, then {@code every} after each run ends, until the application stops.
     * Returns false, scheduling nothing, without an executor (plain tests, command-line tools).
     */
    protected boolean repeat(Duration first, Duration every, Runnable task) {
        schedule = Repeating.every(executor, first, every, task);
        return executor != null;
    }

    @PreDestroy
    void stop() {
        schedule.stop();
    }
}
