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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one model lifecycle every engine uses, plain Java: retraining jobs with progress (one at a time), the holdout
 * gate, the registry record of every run, atomic saving of each live version, and the start-up restore that serves
 * the newest live version whose file reads, else an older one, else the shipped model. A failed, refused or
 * unsaved training never takes the live model out of service.
 */
public final class ModelLifecycle<M> {

    /** Finished jobs kept per kind for the admin to read, and for how long. */
    static final int KEEP_JOBS = 20;
    static final Duration JOB_TTL = Duration.ofHours(24);
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
    /** A trigger to submit as soon as the running job ends (start-up restores, then retrains a stale model). */
    private final AtomicReference<String> next = new AtomicReference<>();
    /** Told of every job that ends (metrics); never allowed to break the lifecycle. */
    private volatile Consumer<RetrainJob> whenFinished = job -> { };

    public ModelLifecycle(ModelEngine<M> engine, ModelRegistry registry, Path modelsFolder, Executor executor, Clock clock) {
        this.engine = engine;
        this.registry = registry;
        this.files = new ModelFiles<>(modelsFolder, engine.storage());
        this.executor = executor;
        this.clock = clock;
        this.jobs = new RetrainJobs(clock, KEEP_JOBS, JOB_TTL);
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

    /** Submits a retraining when the engine says one is due (the timer's question). */
    public Optional<RetrainJob> retrainIfDue() {
        return engine.retrainDue().map(this::submit);
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
     * {@link #submit}; tests call it directly.
     */
    public RetrainJob retrain(RetrainJob job, Consumer<String> progress) {
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
        return start("promote version " + savedVersion, (job, progress) -> {
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
            LOG.info(() -> kind() + " version " + savedVersion + " live again as version " + version + ": " + note);
            return job.finished(RetrainJob.State.LIVE, clock.instant(), Optional.of(version), note);
        });
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
            Optional<M> model = engine.isShipped(v) ? engine.shipped().map(ModelEngine.Shipped::model) : files.load(v.version());
            if (model.isPresent()) {
                engine.serve(model.get(), v, phase -> { });
                LOG.info(() -> kind() + " model version " + v.version() + " trained " + v.trainedAt() + " serves again");
                return Optional.of(v);
            }
            LOG.warning(() -> kind() + " model version " + v.version() + " cannot be read; trying the one before");
        }
        return engine.shipped().map(shipped -> {
            ModelVersion row = new ModelVersion(kind(), registry.lastVersion(kind()) + 1, shipped.trainedAt(), 0,
                    shipped.items(), shipped.events(), shipped.metrics(), ModelVersion.Status.LIVE, shipped.note());
            engine.serve(shipped.model(), row, phase -> { });
            registry.record(row);
            LOG.info(() -> kind() + " model: the shipped model serves as version " + row.version());
            return row;
        });
    }
}
