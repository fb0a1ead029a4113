package io.vitrine.platform.models;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared lifecycle with a toy engine whose model is a string: jobs, gate, saving, fallback, restore. */
class ModelLifecycleTest {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    /** A model is a string, saved as "toy" + newline + the string; anything else is refused. */
    static final ModelFormat<String> TEXT = new ModelFormat<>() {
        @Override
        public void write(String model, Path file) throws IOException {
            Files.writeString(file, "toy\n" + model);
        }

        @Override
        public String read(Path file, long version) throws IOException {
            String text = Files.readString(file);
            if (!text.startsWith("toy\n")) {
                throw new IOException("not a toy model");
            }
            return text.substring(4);
        }
    };

    static final class Toy implements ModelEngine<String> {
        final AtomicReference<LiveModel<String>> serving = new AtomicReference<>();
        Candidate<String> next;
        boolean hasShipped = true;
        ModelSchedule schedule = ModelSchedule.off();

        @Override
        public ModelSchedule schedule() {
            return schedule;
        }

        @Override
        public String kind() {
            return "toy";
        }

        @Override
        public ModelStorage<String> storage() {
            return new ModelStorage<>("toy", "toy-", ".txt", TEXT);
        }

        @Override
        public HoldoutGate gate() {
            return new HoldoutGate("score", 0.02, "the toy holdout");
        }

        @Override
        public Optional<LiveModel<String>> live() {
            return Optional.ofNullable(serving.get());
        }

        @Override
        public Candidate<String> train(Optional<LiveModel<String>> live, Consumer<String> progress) {
            progress.accept("training");
            if (next == null) {
                throw new IllegalStateException("no data");
            }
            return next;
        }

        @Override
        public void serve(String model, ModelVersion version, Consumer<String> progress) {
            serving.set(new LiveModel<>(model, version.version()));
        }

        @Override
        public Optional<Shipped<String>> shipped() {
            return hasShipped ? Optional.of(new Shipped<>("shipped", "shipped toy", Map.of(), T0, 0, 0)) : Optional.empty();
        }

        @Override
        public boolean isShipped(ModelVersion version) {
            return version.note().startsWith("shipped toy");
        }
    }

    @TempDir
    Path models;
    final InMemoryModelRegistry registry = new InMemoryModelRegistry();
    final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    final Toy toy = new Toy();
    ModelLifecycle<String> lifecycle;

    @BeforeEach
    void lifecycle() {
        lifecycle = new ModelLifecycle<>(toy, registry, models, Runnable::run, clock);
    }

    static Candidate<String> scoring(String model, double score) {
        return Candidate.of(model, Map.of("score", score), "score " + score);
    }

    RetrainJob train(Candidate<String> candidate) {
        toy.next = candidate;
        return lifecycle.retrain(RetrainJob.queued("j", "test", T0), phase -> { });
    }

    // ---- jobs

    @Test
    void onlyOneJobRunsAtATimeAndTheNextStartsWhenItEnds() {
        List<Runnable> queued = new ArrayList<>();
        ModelLifecycle<String> manual = new ModelLifecycle<>(toy, registry, models, queued::add, clock);
        toy.next = scoring("a", 0.5);

        RetrainJob first = manual.submit("admin");
        RetrainJob again = manual.submit("schedule");

        assertEquals(first.id(), again.id(), "the running job is returned, not a second one");
        assertEquals(RetrainJob.State.QUEUED, again.state());
        assertEquals(1, queued.size());
        queued.remove(0).run();
        assertEquals(RetrainJob.State.LIVE, manual.job(first.id()).orElseThrow().state());
        RetrainJob third = manual.submit("admin");
        assertNotEquals(first.id(), third.id());
    }

    @Test
    void finishedJobsArePrunedToTheNewestAndToTheirTimeToLive() {
        AtomicReference<Instant> now = new AtomicReference<>(T0);
        Clock moving = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        RetrainJobs jobs = new RetrainJobs(moving, 2, Duration.ofHours(1));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            RetrainJob job = jobs.open("run " + i).job();
            ids.add(job.id());
            jobs.finish(job.finished(RetrainJob.State.LIVE, now.get(), Optional.of((long) i), ""));
        }
        assertEquals(ids.subList(2, 4), jobs.all().stream().map(RetrainJob::id).toList(), "the newest two are kept");

        now.set(T0.plus(Duration.ofMinutes(90)));
        RetrainJob late = jobs.open("late").job();
        assertEquals(3, jobs.all().size(), "a running job does not prune");
        jobs.finish(late.finished(RetrainJob.State.FAILED, now.get(), Optional.empty(), ""));
        assertEquals(List.of(late.id()), jobs.all().stream().map(RetrainJob::id).toList(), "older than an hour: gone");
    }

    @Test
    void aJobThatCannotStartIsFailedAndFreesTheKind() {
        ModelLifecycle<String> refusing = new ModelLifecycle<>(toy, registry, models, r -> {
            throw new java.util.concurrent.RejectedExecutionException("shutting down");
        }, clock);
        RetrainJob job = refusing.submit("admin");
        assertEquals(RetrainJob.State.FAILED, job.state());
        assertTrue(job.message().startsWith("not started"), job.message());
        assertNotEquals(job.id(), refusing.submit("admin").id());
    }

    // ---- the holdout gate

    @Test
    void theGateAllowsTheToleranceAndRefusesBelowIt() {
        HoldoutGate gate = new HoldoutGate("score", 0.02, "the toy holdout");
        assertTrue(gate.refusal(0.98, 1.0, 4).isEmpty(), "2 % lower is within tolerance");
        assertEquals(Optional.of("score 0.9700 on the toy holdout is below the live version 4's 1.0000"), gate.refusal(0.97, 1.0, 4));
        assertTrue(gate.refusal(1.5, 1.0, 4).isEmpty());
    }

    @Test
    void aWorseCandidateIsRecordedButTheLiveModelKeepsServing() {
        assertEquals(RetrainJob.State.LIVE, train(scoring("good", 0.9)).state());

        RetrainJob worse = train(scoring("worse", 0.5).against(0.9));
        RetrainJob close = train(scoring("close", 0.89).against(0.9));

        assertEquals(RetrainJob.State.REJECTED, worse.state());
        assertEquals(Optional.of(2L), worse.version());
        assertTrue(worse.message().contains("below the live version 1"), worse.message());
        assertEquals(RetrainJob.State.LIVE, close.state(), "within 2 %");
        assertEquals("close", toy.serving.get().model());
        assertEquals(3, toy.serving.get().version());
        assertEquals(List.of(ModelVersion.Status.LIVE, ModelVersion.Status.REJECTED, ModelVersion.Status.LIVE), registry.statuses());
    }

    @Test
    void aFailedOrSelfRefusedTrainingLeavesTheLiveModelServing() {
        train(scoring("good", 0.9));

        RetrainJob failed = train(null);
        RetrainJob refused = train(Candidate.refused(Map.of("score", 0.1), "accuracy 0.1 is below 0.75"));

        assertEquals(RetrainJob.State.FAILED, failed.state());
        assertTrue(failed.message().contains("no data"), failed.message());
        assertEquals(RetrainJob.State.REJECTED, refused.state());
        assertEquals("accuracy 0.1 is below 0.75", refused.message());
        assertEquals("good", toy.serving.get().model());
        assertEquals(List.of(ModelVersion.Status.LIVE, ModelVersion.Status.FAILED, ModelVersion.Status.REJECTED), registry.statuses());
    }

    // ---- saving and restoring

    @Test
    void eachLiveVersionIsSavedAtomicallyAndTheNewestThreeAreKept() throws IOException {
        for (int i = 1; i <= 5; i++) {
            train(scoring("model " + i, 0.5));
        }
        assertEquals(List.of(5L, 4L, 3L), lifecycle.files().versions());
        assertEquals(Optional.of("model 4"), lifecycle.files().load(4));
        try (Stream<Path> left = Files.list(models.resolve("toy"))) {
            assertFalse(left.anyMatch(p -> p.toString().endsWith(".part")), "no temporary file left behind");
        }
    }

    @Test
    void startUpServesTheLatestLiveVersionFromItsFile() {
        train(scoring("first", 0.5));
        train(scoring("second", 0.6));
        Toy restarted = new Toy();

        Optional<ModelVersion> served = new ModelLifecycle<>(restarted, registry, models, Runnable::run, clock).restore();

        assertEquals(2, served.orElseThrow().version());
        assertEquals(new ModelEngine.LiveModel<>("second", 2), restarted.serving.get());
        assertEquals(2, registry.versions().size(), "nothing new recorded");
    }

    @Test
    void aCorruptFileIsRefusedAndThePreviousVersionServesThenTheShippedModel() throws IOException {
        train(scoring("first", 0.5));
        train(scoring("second", 0.6));
        Files.writeString(lifecycle.files().file(2), "garbage");
        Toy restarted = new Toy();
        ModelLifecycle<String> again = new ModelLifecycle<>(restarted, registry, models, Runnable::run, clock);

        assertEquals(1, again.restore().orElseThrow().version());
        assertEquals("first", restarted.serving.get().model());

        Files.delete(lifecycle.files().file(1));
        Toy third = new Toy();
        ModelVersion shipped = new ModelLifecycle<>(third, registry, models, Runnable::run, clock).restore().orElseThrow();

        assertEquals("shipped", third.serving.get().model());
        assertEquals(3, shipped.version(), "recorded as a new live version");
        assertEquals("shipped toy", registry.latestLive("toy").orElseThrow().note());
        Toy fourth = new Toy();
        new ModelLifecycle<>(fourth, registry, models, Runnable::run, clock).restore();
        assertEquals(new ModelEngine.LiveModel<>("shipped", 3), fourth.serving.get(), "the shipped row needs no file");
    }

    @Test
    void withoutAReadableFileOrAShippedModelNothingIsRestored() throws IOException {
        train(scoring("first", 0.5));
        Files.writeString(lifecycle.files().file(1), "garbage");
        Toy restarted = new Toy();
        restarted.hasShipped = false;

        assertTrue(new ModelLifecycle<>(restarted, registry, models, Runnable::run, clock).restore().isEmpty());
        assertTrue(restarted.live().isEmpty(), "the engine trains instead");
    }

    /** The recommender's format: only allow-listed classes are ever instantiated. */
    @Test
    void javaSerializationAcceptsOnlyTheAllowList() throws IOException {
        JavaSerialFormat<java.util.ArrayList> format = new JavaSerialFormat<>(java.util.ArrayList.class, "io.vitrine.none.*", List::size);
        Path file = models.resolve("list.ser.gz");
        format.write(new ArrayList<>(List.of("a", "b")), file);
        assertEquals(List.of("a", "b"), format.read(file, 2));
        assertThrows(IOException.class, () -> format.read(file, 3), "another version's file");

        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
            out.writeObject(new ArrayList<>(List.of(new java.io.File("/etc/passwd"))));
        }
        assertThrows(IOException.class, () -> format.read(file, 1), "java.io.File is not on the allow-list");
    }
}
