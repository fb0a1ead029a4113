package io.vitrine.platform.cluster;

import io.vitrine.platform.EmbeddedMongoForTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Leases of two nodes on one embedded MongoDB, as two Vitrine nodes share one database. */
class MongoLeasesTest {

    static final Duration TTL = Duration.ofMinutes(10);

    final EmbeddedMongoForTests mongo = new EmbeddedMongoForTests();
    final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T03:30:00Z"));
    final MongoLeases node1 = new MongoLeases(mongo.database(), "node-1", clock);
    final MongoLeases node2 = new MongoLeases(mongo.database(), "node-2", clock);

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void onlyOneNodeHoldsALeaseAndTheHolderRenewsIt() {
        assertTrue(node1.acquire("model:toy", TTL));
        assertFalse(node2.acquire("model:toy", TTL), "node 1 holds it");
        clock.advance(Duration.ofMinutes(9));
        assertTrue(node1.acquire("model:toy", TTL), "the holder renews");
        clock.advance(Duration.ofMinutes(9));
        assertFalse(node2.acquire("model:toy", TTL), "renewed 9 minutes ago: still node 1's");
        assertTrue(node2.acquire("model:other", TTL), "another name is another lease");
    }

    @Test
    void anExpiredLeaseIsTakenOverAndAReleasedOneAtOnce() {
        assertTrue(node1.acquire("model:toy", TTL));
        clock.advance(TTL.plusSeconds(1));
        assertTrue(node2.acquire("model:toy", TTL), "node 1 died holding it: taken over after expiry");
        assertFalse(node1.acquire("model:toy", TTL), "and node 1 has lost it");
        node2.release("model:toy");
        assertTrue(node1.acquire("model:toy", TTL), "released: free at once");
        node2.release("model:toy");
        assertFalse(node2.acquire("model:toy", TTL), "a node cannot release another node's lease");
    }

    @Test
    void aTickIsClaimedByOneNodeOncePerPeriod() {
        Duration period = Duration.ofHours(12);
        assertTrue(node1.claim("schedule:toy", period));
        assertFalse(node2.claim("schedule:toy", period), "the same tick on node 2");
        clock.advance(Duration.ofSeconds(30));
        assertFalse(node1.claim("schedule:toy", period), "nor twice on one node");
        clock.advance(Duration.ofHours(24));
        assertTrue(node2.claim("schedule:toy", period), "the next day's tick");
    }

    @Test
    void racingNodesGetOneLease() throws Exception {
        List<MongoLeases> nodes = List.of(node1, node2, new MongoLeases(mongo.database(), "node-3", clock));
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Boolean> won = EmbeddedMongoForTests.concurrently(3, () -> nodes.get(next.getAndIncrement()).acquire("model:race", TTL));
        assertEquals(1, won.stream().filter(b -> b).count(), won.toString());
    }
}
