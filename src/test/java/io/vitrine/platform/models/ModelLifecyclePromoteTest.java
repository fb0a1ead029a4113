package io.vitrine.platform.models;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An experiment's winner goes live again through the lifecycle: as a new version, saved, served, recorded. */
class ModelLifecyclePromoteTest {

    @TempDir
    Path models;

    @Test
    void aSavedVersionGoesLiveAgainAsANewVersion() {
        InMemoryModelRegistry registry = new InMemoryModelRegistry();
        ModelLifecycleTest.Toy toy = new ModelLifecycleTest.Toy();
        ModelLifecycle<String> lifecycle = new ModelLifecycle<>(toy, registry, models, Runnable::run,
                Clock.fixed(ModelLifecycleTest.T0, ZoneOffset.UTC));
        for (String model : new String[] {"a", "b"}) {
            toy.next = ModelLifecycleTest.scoring(model, 0.5);
            lifecycle.retrain(RetrainJob.queued("j", "test", ModelLifecycleTest.T0), phase -> { });
        }
        assertEquals("b", toy.serving.get().model());

        RetrainJob job = lifecycle.promote(1, "promoted by experiment exp-3 (variant B)");

        assertEquals(RetrainJob.State.LIVE, job.state(), job.message());
        assertEquals(Optional.of(3L), job.version());
        assertEquals("a", toy.serving.get().model(), "version 1's model serves");
        assertEquals(3, toy.serving.get().version());
        ModelVersion row = registry.latestLive("toy").orElseThrow();
        assertEquals(3, row.version());
        assertEquals("promoted by experiment exp-3 (variant B)", row.note());
        assertEquals(Optional.of(0.5), Optional.ofNullable(row.metrics().get("score")), "the version's own metrics");
        assertTrue(Files.exists(lifecycle.files().file(3)), "saved, so a restart serves it");

        RetrainJob missing = lifecycle.promote(99, "nothing");
        assertEquals(RetrainJob.State.FAILED, missing.state());
        assertEquals("a", toy.serving.get().model(), "a failed promotion changes nothing");
    }

    @Test
    void aChangedSavedVersionGoesLiveAsANewVersion() {
        InMemoryModelRegistry registry = new InMemoryModelRegistry();
        ModelLifecycleTest.Toy toy = new ModelLifecycleTest.Toy();
        ModelLifecycle<String> lifecycle = new ModelLifecycle<>(toy, registry, models, Runnable::run,
                Clock.fixed(ModelLifecycleTest.T0, ZoneOffset.UTC));
        toy.next = ModelLifecycleTest.scoring("a", 0.5);
        lifecycle.retrain(RetrainJob.queued("j", "test", ModelLifecycleTest.T0), phase -> { });

        // e.g. a blend recipe: the live version's saved model under other weights, nothing retrained
        RetrainJob job = lifecycle.promote(1, model -> model + "+reweighted", "promoted by experiment exp-4 (variant B, blend)");

        assertEquals(RetrainJob.State.LIVE, job.state(), job.message());
        assertEquals(Optional.of(2L), job.version());
        assertEquals("a+reweighted", toy.serving.get().model());
        assertEquals(Optional.of("a+reweighted"), lifecycle.files().load(2), "the changed model is what was saved");
        assertEquals(Optional.of("a"), lifecycle.files().load(1), "the version it came from is unchanged");
    }
}
