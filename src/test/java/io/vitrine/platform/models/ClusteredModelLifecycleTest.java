package io.vitrine.platform.models;

import io.vitrine.platform.EmbeddedMongoForTests;
import io.vitrine.platform.cluster.Change;
import io.vitrine.platform.cluster.ChangeFollower;
import io.vitrine.platform.cluster.ChangeListener;
import io.vitrine.platform.cluster.MongoChangeLog;
import io.vitrine.platform.cluster.MongoLeases;
import io.vitrine.platform.cluster.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.vitrine.platform.models.ModelLifecycleTest.scoring;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nodes of a cluster as lifecycles sharing one embedded MongoDB (model files in GridFS, leases, change log) and one
 * registry, each with its own disk: a version put live on one serves on the others, one node trains at a time.
 */
class ClusteredModelLifecycleTest {

    static final Duration LEASE = Duration.ofMinutes(10);

    final EmbeddedMongoForTests mongo = new EmbeddedMongoForTests();
    final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T03:30:00Z"));
    final InMemoryModelRegistry registry = new InMemoryModelRegistry();
    @TempDir
    Path disks;

    /** One node: its engine, its lifecycle and the follower of the change log its timer polls. */
    record Node(ModelLifecycleTest.Toy toy, ModelLifecycle<String> lifecycle, ChangeFollower follower, Path disk) {
    }

    Node node(String name) {
        ModelLifecycleTest.Toy toy = new ModelLifecycleTest.Toy();
        toy.hasShipped = false;
        MongoChangeLog log = new MongoChangeLog(mongo.database(), name, clock);
        ModelSharing sharing = new ModelSharing(new GridFsModelBlobs(mongo.database()),
                new MongoLeases(mongo.database(), name, clock), LEASE, log);
        Path disk = disks.resolve(name);
        ModelLifecycle<String> lifecycle = new ModelLifecycle<>(toy, registry, disk, Runnable::run, clock, sharing);
        ChangeListener models = new ChangeListener() {
            @Override
            public String topic() {
                return ModelSharing.TOPIC;
            }

            @Override
            public void apply(Change change) {
                lifecycle.followSoon();
            }
        };
        ChangeFollower follower = new ChangeFollower(log, name, Map.of(ModelSharing.TOPIC, List.of(models)), clock,
                Duration.ofSeconds(10));
        follower.startAtEnd();
        return new Node(toy, lifecycle, follower, disk);
    }

    @AfterEach
    void close() {
        mongo.close();
    }

    static RetrainJob train(Node node, String model, double score) {
        node.toy().next = scoring(model, score);
        return node.lifecycle().retrain(RetrainJob.queued("j", "test", Instant.EPOCH), phase -> { });
    }

    @Test
    void aVersionPutLiveOnNodeOneServesOnNodeTwoAtItsNextPoll() {
        Node one = node("node-1");
        Node two = node("node-2");

        assertEquals(RetrainJob.State.LIVE, train(one, "trained on node 1", 0.5).state());
        assertTrue(two.toy().live().isEmpty(), "not before node 2 polls");
        assertEquals(1, two.follower().poll());

        assertEquals(Optional.of(new ModelEngine.LiveModel<>("trained on node 1", 1L)), two.toy().live());
        assertTrue(Files.isRegularFile(two.disk().resolve("toy/toy-1.txt")), "fetched from GridFS into node 2's cache");
        assertEquals(0, one.follower().poll(), "node 1 skips its own announcement");

        assertEquals(RetrainJob.State.LIVE, train(one, "second", 0.6).state());
        two.follower().poll();
        assertEquals(2L, two.toy().live().orElseThrow().version());
    }

    @Test
    void aNodeThatStartsLaterServesTheLiveVersionAtOnce() {
        Node one = node("node-1");
        train(one, "trained on node 1", 0.5);

        Node late = node("node-3");
        assertEquals(1L, late.lifecycle().restore().orElseThrow().version());
        assertEquals("trained on node 1", late.toy().live().orElseThrow().model());
    }

    @Test
    void onlyTheNodeHoldingTheLeaseTrains() {
        Node one = node("node-1");
        Node two = node("node-2");
        assertTrue(new MongoLeases(mongo.database(), "node-1", clock).acquire("model:toy", LEASE), "node 1 is training");

        RetrainJob refused = train(two, "trained on node 2", 0.9);

        assertEquals(RetrainJob.State.REJECTED, refused.state());
        assertTrue(refused.message().startsWith("another node is training toy"), refused.message());
        assertEquals(List.of(), registry.versions(), "nothing recorded: node 1's version is the next one");
        assertTrue(two.toy().live().isEmpty());
        assertEquals(RetrainJob.State.LIVE, train(one, "trained on node 1", 0.5).state(), "the holder trains");
    }

    @Test
    void anExpiredLeaseIsTakenOverAndAFinishedTrainingFreesIt() {
        Node two = node("node-2");
        assertTrue(new MongoLeases(mongo.database(), "node-1", clock).acquire("model:toy", LEASE), "node 1 died while training");
        clock.advance(LEASE.plusSeconds(1));

        assertEquals(RetrainJob.State.LIVE, train(two, "trained on node 2", 0.5).state());
        assertTrue(new MongoLeases(mongo.database(), "node-1", clock).acquire("model:toy", LEASE),
                "node 2 gave the lease back when its training ended");
    }

    @Test
    void aScheduledRetrainingRunsOnOneNodeOnly() {
        Node one = node("node-1");
        Node two = node("node-2");
        one.toy().next = scoring("node 1", 0.5);
        two.toy().next = scoring("node 2", 0.5);

        Optional<RetrainJob> first = one.lifecycle().retrainIfDue();
        Optional<RetrainJob> second = two.lifecycle().retrainIfDue();

        assertTrue(first.isPresent());
        assertTrue(second.isEmpty(), "node 2's timer ticked too; node 1 claimed the tick");
        assertEquals(1, registry.versions().size());
    }

    @Test
    void everyTickOnTheClockRunsOnceWhicheverNodeTicksFirst() {
        Node one = node("node-1");
        Node two = node("node-2");
        one.toy().schedule = ModelSchedule.onTheClock(1);
        two.toy().schedule = ModelSchedule.onTheClock(1);
        one.toy().next = scoring("node 1", 0.5);
        two.toy().next = scoring("node 2", 0.5);

        assertTrue(one.lifecycle().retrainIfDue().isPresent(), "03:30:00, node 1 first");
        assertTrue(two.lifecycle().retrainIfDue().isEmpty());
        clock.advance(Duration.ofSeconds(60));
        assertTrue(two.lifecycle().retrainIfDue().isPresent(), "03:31:00, node 2 first: the last claim has lapsed");
        assertTrue(one.lifecycle().retrainIfDue().isEmpty());
        clock.advance(Duration.ofSeconds(2));
        assertTrue(one.lifecycle().retrainIfDue().isEmpty(), "a timer late by 2 s still finds the tick claimed");

        assertEquals(2, registry.versions().size(), "two ticks, two trainings");
    }
}
