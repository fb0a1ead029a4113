package io.vitrine.platform.cluster;

import io.vitrine.platform.EmbeddedMongoForTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two nodes' change logs on one embedded MongoDB; node 1's follower applies node 2's changes. */
class ChangeFollowerTest {

    final EmbeddedMongoForTests mongo = new EmbeddedMongoForTests();
    final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T10:00:00Z"));
    final MongoChangeLog node1 = new MongoChangeLog(mongo.database(), "node-1", clock);
    final MongoChangeLog node2 = new MongoChangeLog(mongo.database(), "node-2", clock);
    final List<String> applied = new ArrayList<>();
    final ChangeListener products = new ChangeListener() {
        @Override
        public String topic() {
            return "product";
        }

        @Override
        public void apply(Change change) {
            applied.add(change.key() + ":" + change.value() + "@" + change.sequence());
        }
    };
    final ChangeFollower follower = new ChangeFollower(node1, "node-1", Map.of("product", List.of(products)), clock,
            Duration.ofSeconds(10));

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void appliesTheOtherNodesChangesInOrderAndSkipsItsOwn() {
        node1.append("product", "before-start", "UPDATED");
        follower.startAtEnd();
        node2.append("product", "p1", "CREATED");
        node1.append("product", "p2", "UPDATED");
        node2.append("product", "p1", "IMAGE_ADDED");
        node2.append("model", "toy", "3");

        assertEquals(3, follower.poll(), "three changes of node 2");
        assertEquals(List.of("p1:CREATED@2", "p1:IMAGE_ADDED@4"), applied, "its own p2 and the model topic no listener follows are skipped");
        assertEquals(5, follower.applied());
        assertEquals(0, follower.poll(), "nothing new: one read of the counter");
    }

    @Test
    void waitsForANumberWhoseChangeIsNotStoredYetThenGivesItUp() {
        follower.startAtEnd();
        // node 2 took number 1 and has not stored its change yet (or died in between)
        mongo.database().getCollection(MongoChangeLog.COUNTERS).updateOne(com.mongodb.client.model.Filters.eq("_id", "changes"),
                com.mongodb.client.model.Updates.inc("seq", 1L), new com.mongodb.client.model.UpdateOptions().upsert(true));
        node2.append("product", "p2", "UPDATED");

        assertEquals(0, follower.poll(), "number 1 is missing: wait rather than apply 2 before it");
        assertEquals(0, follower.applied());
        clock.advance(Duration.ofSeconds(11));
        assertEquals(1, follower.poll());
        assertEquals(List.of("p2:UPDATED@2"), applied);
    }

    @Test
    void followsMoreChangesThanOneBatchAndForgetsTrimmedOnes() {
        follower.startAtEnd();
        for (int i = 0; i < ChangeFollower.BATCH + 20; i++) {
            node2.append("product", "p" + i, "UPDATED");
        }
        assertEquals(ChangeFollower.BATCH + 20, follower.poll());
        clock.advance(Duration.ofHours(2));
        node2.append("product", "late", "DELETED");
        assertEquals(ChangeFollower.BATCH + 20, node2.trim(clock.instant().minus(Duration.ofHours(1))));
        assertEquals(1, follower.poll());
        assertEquals("late:DELETED@" + (ChangeFollower.BATCH + 21), applied.get(applied.size() - 1));
    }
}
