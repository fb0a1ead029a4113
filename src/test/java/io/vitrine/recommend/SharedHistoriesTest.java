package io.vitrine.recommend;

import io.vitrine.events.EventsRecorded;
import io.vitrine.events.Interaction;
import io.vitrine.events.InteractionType;
import io.vitrine.platform.EmbeddedMongoForTests;
import io.vitrine.platform.cluster.ChangeFollower;
import io.vitrine.platform.cluster.ChangeListener;
import io.vitrine.platform.cluster.MongoChangeLog;
import io.vitrine.platform.cluster.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two nodes' histories on one embedded MongoDB: what a shopper does on node 1 reaches node 2's histories. */
class SharedHistoriesTest {

    final EmbeddedMongoForTests mongo = new EmbeddedMongoForTests();
    final Clock clock = new MovableClock(Instant.parse("2026-12-07T10:00:00Z"));
    final RecentHistories histories1 = new RecentHistories();
    final RecentHistories histories2 = new RecentHistories();
    final SharedHistories node1 = new SharedHistories(new MongoChangeLog(mongo.database(), "node-1", clock), histories1, null);
    final SharedHistories node2 = new SharedHistories(new MongoChangeLog(mongo.database(), "node-2", clock), histories2, null);
    final ChangeFollower follower2 = follower("node-2", node2);

    ChangeFollower follower(String name, ChangeListener listener) {
        ChangeFollower f = new ChangeFollower(new MongoChangeLog(mongo.database(), name, clock), name,
                Map.of(SharedHistories.TOPIC, List.<ChangeListener>of(listener)), clock, Duration.ofSeconds(10));
        f.startAtEnd();
        return f;
    }

    @AfterEach
    void close() {
        mongo.close();
    }

    /** What the shop does when events are recorded on a node: both observers hear them. */
    static void record(RecentHistories histories, SharedHistories shared, Interaction... events) {
        EventsRecorded recorded = new EventsRecorded(List.of(events));
        histories.onRecorded(recorded);
        shared.onRecorded(recorded);
    }

    @Test
    void eventsRecordedOnNodeOneReachNodeTwosHistoriesInOneEntry() {
        record(histories1, node1,
                Interaction.of(InteractionType.VIEW, "anon:s1", "lamp", Instant.ofEpochMilli(1_000)),
                Interaction.search("anon:s1", "lamp", 3, Instant.ofEpochMilli(1_500)),
                Interaction.of(InteractionType.ADD_TO_CART, "anon:s1", "shade", Instant.ofEpochMilli(2_000)));
        record(histories1, node1, Interaction.of(InteractionType.PURCHASE, "u7", "bulb", Instant.ofEpochMilli(3_000)));
        assertTrue(histories2.history(UserId.of("anon:s1")).isEmpty(), "nothing before the flush");

        node1.flush();
        assertEquals(1, follower2.poll(), "what was recorded before the flush goes in one entry");

        assertEquals(List.of(WeightedEvent.of("anon:s1", "lamp", 1.0, 1_000), WeightedEvent.of("anon:s1", "shade", 3.0, 2_000)),
                histories2.history(UserId.of("anon:s1")).events(), "the search names no product: not kept");
        assertEquals(histories1.history(UserId.of("anon:s1")).events(), histories2.history(UserId.of("anon:s1")).events());
        assertEquals(Set.of(ItemId.of("bulb")), histories2.bought(UserId.of("u7")));
    }

    @Test
    void anEntryHoldsAtMostOneBatchAndNodeOnesOwnEntriesAreSkipped() {
        ChangeFollower follower1 = follower("node-1", node1);
        List<Interaction> many = new ArrayList<>();
        for (int i = 0; i < SharedHistories.BATCH + 3; i++) {
            many.add(Interaction.of(InteractionType.VIEW, "u" + (i % 7), "p" + i, Instant.ofEpochMilli(i)));
        }
        record(histories1, node1, many.toArray(Interaction[]::new));
        node1.flush();

        assertEquals(2, follower2.poll(), "BATCH events, then the 3 left");
        assertEquals(0, follower1.poll(), "its own entries are skipped");
        int onNode2 = 0;
        for (int u = 0; u < 7; u++) {
            onNode2 += histories2.history(UserId.of("u" + u)).events().size();
            assertEquals(histories1.history(UserId.of("u" + u)).events(), histories2.history(UserId.of("u" + u)).events());
        }
        assertEquals(SharedHistories.BATCH + 3, onNode2);
    }

    @Test
    void idsWithTabsNewlinesAndPercentSignsCrossUnchanged() {
        List<RecentHistories.Kept> odd = List.of(
                new RecentHistories.Kept(WeightedEvent.of("anon:a\tb%09", "p\n%0A%", 2.5, 42), true),
                new RecentHistories.Kept(WeightedEvent.of("%25", "%", 1.0, -1), false));
        assertEquals(odd, SharedHistories.decode(SharedHistories.encode(odd)));
    }

    @Test
    void withAnExecutorTheEventsLeaveWithinTheWindow() throws Exception {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            SharedHistories timed = new SharedHistories(new MongoChangeLog(mongo.database(), "node-1", clock), histories1, executor);
            record(histories1, timed, Interaction.of(InteractionType.VIEW, "anon:t", "lamp", Instant.ofEpochMilli(5)));
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (follower2.poll() == 0 && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            assertEquals(List.of(WeightedEvent.of("anon:t", "lamp", 1.0, 5)), histories2.history(UserId.of("anon:t")).events());
        } finally {
            executor.shutdownNow();
        }
    }
}
