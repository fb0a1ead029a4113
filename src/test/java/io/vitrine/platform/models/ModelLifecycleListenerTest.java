package io.vitrine.platform.models;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whoever listens (the metrics) hears of every job that ends, and a failing listener breaks nothing. */
class ModelLifecycleListenerTest {

    @TempDir
    Path models;

    @Test
    void everyEndedJobIsHeardOnceAndAFailingListenerIsHarmless() {
        ModelLifecycleTest.Toy toy = new ModelLifecycleTest.Toy();
        ModelLifecycle<String> lifecycle = new ModelLifecycle<>(toy, new InMemoryModelRegistry(), models, Runnable::run,
                Clock.fixed(ModelLifecycleTest.T0, ZoneOffset.UTC));
        List<RetrainJob> heard = new ArrayList<>();
        lifecycle.onFinished(heard::add);

        toy.next = ModelLifecycleTest.scoring("a", 0.5);
        RetrainJob trained = lifecycle.submit("test");
        RetrainJob promoted = lifecycle.promote(1, "again");
        RetrainJob missing = lifecycle.promote(99, "no such version");

        assertEquals(List.of(RetrainJob.State.LIVE, RetrainJob.State.LIVE, RetrainJob.State.FAILED),
                heard.stream().map(RetrainJob::state).toList());
        assertEquals(List.of(trained.id(), promoted.id(), missing.id()), heard.stream().map(RetrainJob::id).toList());

        lifecycle.onFinished(job -> {
            throw new IllegalStateException("metrics down");
        });
        toy.next = ModelLifecycleTest.scoring("b", 0.6);
        assertEquals(RetrainJob.State.LIVE, lifecycle.submit("again").state(), "the job still ends as it should");
        assertEquals("b", toy.serving.get().model());
    }
}
