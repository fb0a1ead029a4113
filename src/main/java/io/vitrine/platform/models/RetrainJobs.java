package io.vitrine.platform.models;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The jobs of one model kind: at most one queued or running at a time, finished ones kept for the admin to read
 * and then pruned (the newest {@code keep}, none older than {@code ttl} after it finished).
 */
public final class RetrainJobs {

    /** A job and whether this call opened it (false: another job was already running and is returned instead). */
    public record Opened(RetrainJob job, boolean isNew) {
    }

    private final Clock clock;
    private final int keep;
    private final Duration ttl;
    private final Map<String, RetrainJob> jobs = new LinkedHashMap<>();
    private String running;

    public RetrainJobs(Clock clock, int keep, Duration ttl) {
        this.clock = clock;
        this.keep = keep;
        this.ttl = ttl;
    }

    /** Queues a job, unless one is queued or running: that one is returned. */
    public synchronized Opened open(String trigger) {
        if (running != null) {
            return new Opened(jobs.get(running), false);
        }
        RetrainJob job = RetrainJob.queued(UUID.randomUUID().toString(), trigger, clock.instant());
        jobs.put(job.id(), job);
        running = job.id();
        return new Opened(job, true);
    }

    public synchronized void update(String id, UnaryOperator<RetrainJob> change) {
        jobs.computeIfPresent(id, (k, j) -> j.state().finished() ? j : change.apply(j));
    }

    /** Records the job's end, lets the next one start, and prunes old finished jobs. */
    public synchronized void finish(RetrainJob done) {
        jobs.put(done.id(), done);
        if (done.id().equals(running)) {
            running = null;
        }
        prune();
    }

    public synchronized Optional<RetrainJob> get(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Every job still kept, oldest first. */
    public synchronized List<RetrainJob> all() {
        return List.copyOf(jobs.values());
    }

    private void prune() {
        Instant expired = clock.instant().minus(ttl);
        List<String> finished = new ArrayList<>();
        jobs.values().stream().filter(j -> j.state().finished()).forEach(j -> finished.add(j.id()));
        for (int i = 0; i < finished.size(); i++) {
            RetrainJob j = jobs.get(finished.get(i));
            if (i < finished.size() - keep || j.finishedAt().orElseThrow().isBefore(expired)) {
                jobs.remove(j.id());
            }
        }
    }
}
