package io.vitrine.platform.models;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one model lifecycle every engine uses, plain Java: retraining jobs with progress (one at a time), the holdout
 * gate, the registry record of every run, atomic saving of each live version, and the start-up restore that serves
 * the newest live version whose file reads, else an older one, else the shipped model. A failed, refused or
 * unsaved training never takes the live model out of service.
 * <p>
 * In a cluster ({@link ModelSharing}) a training runs on the one node that holds the kind's lease, a scheduled one
 * on the node that claims the tick first; the saved file goes to the shared store and the new live version is
 * announced on the change log, on which every other node {@link #follow}s it.
 */
public final class ModelLifecycle<M> {

    /** Finished jobs kept per kind for the admin to read, and for how long. */
    static final int KEEP_JOBS = 20;
    static final Duration JOB_TTL = Duration.ofHours(24);
    /** Name of the lease a node holds while it trains or puts live a version of a kind: {@code model:<kind>}. */
    static final String LEASE = "model:";
    private static final Logger LOG = Logger.getLogger(ModelLifecycle.class.getName());

    /** A job's body: it runs on the executor and returns the job finished. */
    @FunctionalInterface
    public interface Work {
        RetrainJob run(RetrainJob job, Consumer<String> progress);
    }

    private final ModelEngine<M> engine;
    private final ModelRegistry registry;
    private final ModelFiles<M> files;
    private final Executor executor;
    private final Clock clock;
    private final RetrainJobs jobs;
    private final ModelSharing sharing;
    /** Another node announced a live version, and whether a task that serves it here runs. */
    private final AtomicBoolean followPending = new AtomicBoolean();
    private final AtomicBoolean following = new AtomicBoolean();
    /** A trigger to submit as soon as the running job ends (start-up restores, then retrains a stale model). */
    private final AtomicReference<String> next = new AtomicReference<>();
    /** Told of every job that ends (metrics); never allowed to break the lifecycle. */
    private volatile Consumer<RetrainJob> whenFinished = job -> { };

    public ModelLifecycle(ModelEngine<M> engine, ModelRegistry registry, Path modelsFolder, Executor executor, Clock clock) {
        this(engine, registry, modelsFolder, executor, clock, ModelSharing.SOLO);
    }

    public ModelLifecycle(ModelEngine<M> engine, ModelRegistry registry, Path modelsFolder, Executor executor, Clock clock,
                          ModelSharing sharing) {
        this.engine = engine;
        this.registry = registry;
        this.files = new ModelFiles<>(modelsFolder, engine.storage(), sharing.blobs());
        this.executor = executor;
        this.clock = clock;
        this.jobs = new RetrainJobs(clock, KEEP_JOBS, JOB_TTL);
        this.sharing = sharing;
    }

    public String kind() {
        return engine.kind();
    }

    public ModelEngine<M> engine() {
        return engine;
    }

    public ModelFiles<M> files() {
        return files;
    }

    // ---- jobs

    /** Starts a retraining in the background, or returns the one already running. */
    public RetrainJob submit(String trigger) {
        return start(trigger, this::retrain);
    }

    /**
     * Submits a retraining when the engine says one is due (the timer's question), on the one node of a cluster that
     * claims this tick first: the timers of every node tick, the training runs once.
     */
    public Optional<RetrainJob> retrainIfDue() {
        Optional<String> due = engine.retrainDue();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        if (!sharing.leases().claim("schedule:" + kind(), claimPeriod(engine.schedule()))) {
            LOG.info(() -> kind() + ": another node runs this scheduled retraining");
            return Optional.empty();
        }
        return Optional.of(submit(due.get()));
    }

    /** How long a tick's claim stands: half the interval between ticks, so the next tick may be claimed again. */
    static Duration claimPeriod(ModelSchedule schedule) {
        if (schedule instanceof ModelSchedule.Daily) {
            return Duration.ofHours(12);
        }
        if (schedule instanceof ModelSchedule.OnTheClock c) {
            return Duration.ofSeconds(c.minutes() * 30L);
        }
        if (schedule instanceof ModelSchedule.Every e) {
            return Duration.ofSeconds(Math.max(1, e.minutes() * 30));
        }
        return Duration.ofSeconds(1);
    }

    /** Submits {@code trigger} once the running job has ended (at once when none runs). */
    public void submitAfterwards(String trigger) {
        next.set(trigger);
    }

    /** {@code listener} hears of every job of this kind once it has ended (LIVE, REJECTED or FAILED). */
    public void onFinished(Consumer<RetrainJob> listener) {
        whenFinished = java.util.Objects.requireNonNull(listener, "listener");
    }

    private void finish(RetrainJob done) {
        jobs.finish(done);
        try {
            whenFinished.accept(done);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, kind() + ": a job listener failed", e);
        }
    }

    /** Runs {@code work} as the kind's one job, or returns the job already running. */
    public RetrainJob start(String trigger, Work work) {
        RetrainJobs.Opened opened = jobs.open(trigger);
        RetrainJob job = opened.job();
        if (!opened.isNew()) {
            return job;
        }
        try {
            executor.execute(() -> {
                RetrainJob done;
                try {
                    done = work.run(job, phase -> jobs.update(job.id(), j -> j.at(phase)));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, kind() + " job failed", e);
                    done = job.finished(RetrainJob.State.FAILED, clock.instant(), Optional.empty(), String.valueOf(e));
                }
                finish(done);
                String then = next.getAndSet(null);
                if (then != null) {
                    submit(then);
                }
            });
        } catch (RuntimeException e) {
            finish(job.finished(RetrainJob.State.FAILED, clock.instant(), Optional.empty(), "not started: " + e));
        }
        return jobs.get(job.id()).orElse(job);
    }

    public Optional<RetrainJob> job(String id) {
        return jobs.get(id);
    }

    public List<RetrainJob> jobs() {
        return jobs.all();
    }

    // ---- one retraining

    /**
     * Trains, gates and publishes (or not), on the calling thread; never throws for a failed training. The body of
     * {@link #submit}; tests call it directly. In a cluster it runs only while this node holds the kind's lease:
     * when another node trains, the job ends REJECTED at once and that node's version serves here once it is live.
     */
    public RetrainJob retrain(RetrainJob job, Consumer<String> progress) {
        return leased(job, renewing -> trainAndPublish(job, phase -> {
            renewing.run();
            progress.accept(phase);
        }));
    }

    /**
     * Runs {@code work} while this node holds the kind's lease ({@code renew} keeps it while the work reports
     * progress); ends the job REJECTED without running it when another node holds the lease.
     */
    private RetrainJob leased(RetrainJob job, java.util.function.Function<Runnable, RetrainJob> work) {
        String lease = LEASE + kind();
        if (!sharing.leases().acquire(lease, sharing.lease())) {
            LOG.info(() -> kind() + ": another node is training or publishing this kind; its version serves here once live");
            return job.finished(RetrainJob.State.REJECTED, clock.instant(), Optional.empty(),
                    "another node is training " + kind() + "; its version serves on every node once it goes live");
        }
        AtomicLong renewed = new AtomicLong(clock.millis());
        Runnable renew = () -> {
            long now = clock.millis();
            if (now - renewed.get() > sharing.lease().toMillis() / 3) {
                renewed.set(now);
                sharing.leases().acquire(lease, sharing.lease());
            }
        };
        try {
            return work.apply(renew);
        } finally {
            sharing.leases().release(lease);
        }
    }

    private RetrainJob trainAndPublish(RetrainJob job, Consumer<String> progress) {
        Optional<ModelEngine.LiveModel<M>> current = engine.live();
        long version = Math.max(registry.lastVersion(kind()), current.map(ModelEngine.LiveModel::version).orElse(0L)) + 1;
        Candidate<M> candidate;
        try {
            candidate = engine.train(current, progress);
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            // LinkageError: a trainer whose library is missing at run time must not take the service down
            return failed(job, version, null, e);
        }
        if (candidate.model().isEmpty()) {
            return rejected(job, version, candidate, candidate.message());
        }
        double score = candidate.metrics().getOrDefault(engine.gate().metric(), 0.0);
        if (current.isPresent() && candidate.liveScore().isPresent()) {
            Optional<String> refusal = engine.gate().refusal(score, candidate.liveScore().getAsDouble(), current.get().version());
            if (refusal.isPresent()) {
                return rejected(job, version, candidate, refusal.get());
            }
        }
        M model = engine.stamp(candidate.model().get(), version, candidate.metrics());
        ModelVersion row = new ModelVersion(kind(), version, clock.instant(), candidate.users(), candidate.items(),
                candidate.events(), candidate.metrics(), ModelVersion.Status.LIVE, candidate.note());
        progress.accept("saving version " + version);
        save(model, version);
        try {
            engine.serve(model, row, progress);
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            files.delete(version);
            return failed(job, version, candidate, e);
        }
        registry.record(row);
        announce(row);
        LOG.info(() -> kind() + " model version " + version + " live: " + candidate.events() + " examples, " + candidate.metrics());
        return job.finished(RetrainJob.State.LIVE, clock.instant(), Optional.of(version), candidate.message());
    }

    /**
     * Puts a saved version live again as the kind's one job (an experiment's winner): its file is read, stamped as a
     * new version (so the next start-up serves it), saved, served by one swap and recorded LIVE with {@code note}.
     * Fails (job FAILED) when the version's file is no longer kept.
     */
    public RetrainJob promote(long savedVersion, String note) {
        return promote(savedVersion, java.util.function.UnaryOperator.identity(), note);
    }

    /**
     * Puts a saved version live after {@code change} (e.g. other blend weights: nothing retrained) as a new version,
     * through the same save, serve and record steps as a retraining.
     */
    public RetrainJob promote(long savedVersion, java.util.function.UnaryOperator<M> change, String note) {
        return start("promote version " + savedVersion, (job, progress) -> leased(job, renew -> {
            progress.accept("loading version " + savedVersion);
            Optional<M> saved = files.load(savedVersion);
            if (saved.isEmpty()) {
                return job.finished(RetrainJob.State.FAILED, clock.instant(), Optional.empty(),
                        "version " + savedVersion + " has no readable saved file");
            }
            ModelVersion old = registry.history(kind()).stream().filter(v -> v.version() == savedVersion).findFirst()
                    .orElse(new ModelVersion(kind(), savedVersion, clock.instant(), 0, 0, 0, Map.of(), ModelVersion.Status.LIVE, ""));
            long version = registry.lastVersion(kind()) + 1;
            M model = engine.stamp(change.apply(saved.get()), version, old.metrics());
            ModelVersion row = new ModelVersion(kind(), version, clock.instant(), old.users(), old.items(), old.events(),
                    old.metrics(), ModelVersion.Status.LIVE, note);
            progress.accept("saving version " + version);
            save(model, version);
            engine.serve(model, row, progress);
            registry.record(row);
            announce(row);
            LOG.info(() -> kind() + " version " + savedVersion + " live again as version " + version + ": " + note);
            return job.finished(RetrainJob.State.LIVE, clock.instant(), Optional.of(version), note);
        }));
    }

    /** Tells the other nodes of a cluster that {@code row} is live; they swap to it within their next poll. */
    private void announce(ModelVersion row) {
        try {
            sharing.changes().append(ModelSharing.TOPIC, kind(), String.valueOf(row.version()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, kind() + " version " + row.version() + " could not be announced; other nodes "
                    + "serve it after their next periodic check", e);
        }
    }

    private RetrainJob rejected(RetrainJob job, long version, Candidate<M> candidate, String why) {
        registry.record(new ModelVersion(kind(), version, clock.instant(), candidate.users(), candidate.items(),
                candidate.events(), candidate.metrics(), ModelVersion.Status.REJECTED, why));
        LOG.info(() -> kind() + " model rejected: " + why);
        return job.finished(RetrainJob.State.REJECTED, clock.instant(), Optional.of(version), why);
    }

    private RetrainJob failed(RetrainJob job, long version, Candidate<M> candidate, Throwable e) {
        LOG.log(Level.WARNING, kind() + " training failed; the live model keeps serving", e);
        registry.record(new ModelVersion(kind(), version, clock.instant(), candidate == null ? 0 : candidate.users(),
                candidate == null ? 0 : candidate.items(), candidate == null ? 0 : candidate.events(), Map.of(),
                ModelVersion.Status.FAILED, String.valueOf(e)));
        return job.finished(RetrainJob.State.FAILED, clock.instant(), Optional.empty(), "training failed: " + e);
    }

    /** Keeps the live version for the next start; a failure costs only a fallback at that start. */
    private void save(M model, long version) {
        try {
            long t0 = System.nanoTime();
            Path file = files.save(model, version);
            LOG.info(() -> String.format("%s model version %d saved to %s (%d KB) in %.1f s", kind(), version, file,
                    file.toFile().length() / 1024, (System.nanoTime() - t0) / 1e9));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The " + kind() + " model version " + version + " could not be saved; it serves until the next start", e);
        }
    }

    // ---- start-up

    /**
     * Serves the newest live version that can be read: its saved file, or the shipped model when the row stands
     * for it. A missing or unreadable file falls back to the previous live version, and then to the shipped model
     * (recorded as a new live version). Empty when nothing could be served: the engine has no shipped model and
     * must train.
     */
    public Optional<ModelVersion> restore() {
        List<ModelVersion> live = registry.history(kind()).stream().filter(v -> v.status() == ModelVersion.Status.LIVE)
                .sorted(Comparator.comparingLong(ModelVersion::version).reversed()).toList();
        for (ModelVersion v : live) {
            Optional<M> model = read(v);
            if (model.isPresent()) {
                engine.serve(model.get(), v, phase -> { });
                LOG.info(() -> kind() + " model version " + v.version() + " trained " + v.trainedAt() + " serves again");
                return Optional.of(v);
            }
            LOG.warning(() -> kind() + " model version " + v.version() + " cannot be read; trying the one before");
        }
        return engine.shipped().map(this::serveShipped);
    }

    /**
     * Serves the shipped model and records it as a new live version; in a cluster, a node that does not get the
     * kind's lease (another node is recording or training) serves it unrecorded as version 0, so that the version
     * the other node puts live replaces it here.
     */
    private ModelVersion serveShipped(ModelEngine.Shipped<M> shipped) {
        String lease = LEASE + kind();
        boolean recording = sharing.leases().acquire(lease, sharing.lease());
        try {
            long version = recording ? registry.lastVersion(kind()) + 1 : 0;
            ModelVersion row = new ModelVersion(kind(), version, shipped.trainedAt(), 0,
                    shipped.items(), shipped.events(), shipped.metrics(), ModelVersion.Status.LIVE, shipped.note());
            engine.serve(shipped.model(), row, phase -> { });
            if (recording) {
                registry.record(row);
                announce(row);
            }
            LOG.info(() -> kind() + " model: the shipped model serves as version " + row.version());
            return row;
        } finally {
            if (recording) {
                sharing.leases().release(lease);
            }
        }
    }

    /** The model of a registry row: the shipped one, or its saved file (fetched from the shared store if need be). */
    private Optional<M> read(ModelVersion v) {
        return engine.isShipped(v) ? engine.shipped().map(ModelEngine.Shipped::model) : files.load(v.version());
    }

    // ---- following the other nodes of a cluster

    /**
     * Serves the registry's newest live version when it is newer than the one serving here (another node put it
     * live); its file comes from the shared store. Empty when nothing newer, or when its file cannot be read (the
     * version serving here stays).
     */
    public synchronized Optional<ModelVersion> follow() {
        Optional<ModelVersion> newest = registry.latestLive(kind());
        long serving = engine.live().map(ModelEngine.LiveModel::version).orElse(0L);
        if (newest.isEmpty() || newest.get().version() <= serving) {
            return Optional.empty();
        }
        ModelVersion v = newest.get();
        Optional<M> model = read(v);
        if (model.isEmpty()) {
            LOG.warning(() -> kind() + " version " + v.version() + " went live on another node but cannot be read here; "
                    + "version " + serving + " keeps serving");
            return Optional.empty();
        }
        engine.serve(model.get(), v, phase -> { });
        LOG.info(() -> kind() + " version " + v.version() + ", put live by another node, serves here");
        return Optional.of(v);
    }

    /** {@link #follow} on the executor, once for any number of announcements that arrive while it runs. */
    public void followSoon() {
        followPending.set(true);
        if (!following.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this::followWhilePending);
        } catch (RuntimeException e) {
            following.set(false);
            LOG.log(Level.WARNING, kind() + ": serving another node's version could not be scheduled", e);
        }
    }

    private void followWhilePending() {
        try {
            while (followPending.getAndSet(false)) {
                try {
                    follow();
                } catch (RuntimeException | LinkageError e) {
                    LOG.log(Level.WARNING, kind() + ": serving another node's version failed; the current one stays", e);
                }
            }
        } finally {
            following.set(false);
        }
        if (followPending.get()) {
            followSoon();
        }
    }
}
