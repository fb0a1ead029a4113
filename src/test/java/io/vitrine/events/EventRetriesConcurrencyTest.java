package io.vitrine.events;

import com.mongodb.client.MongoCollection;
import io.vitrine.platform.EmbeddedMongoForTests;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static io.vitrine.platform.EmbeddedMongoForTests.concurrently;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Identical event retries racing each other on the embedded database: one stored event each, no failure. */
class EventRetriesConcurrencyTest {

    @Test
    void racingRetriesOfTheSameEventsStoreEachOnceAndCountTheRestAsDuplicates() throws Exception {
        try (EmbeddedMongoForTests mongo = new EmbeddedMongoForTests()) {
            MongoCollection<Document> events = mongo.database().getCollection("events");
            List<Integer> stored = concurrently(12, () -> {
                int mine = 0;
                for (int round = 0; round < 20; round++) {
                    // a single event retried, and a batch of five retried whole
                    mine += MongoEventRepository.insertIgnoringDuplicates(events, List.of(event("single-" + round)));
                    mine += MongoEventRepository.insertIgnoringDuplicates(events,
                            IntStream.range(0, 5).mapToObj(i -> event("batch-" + i)).toList());
                }
                return mine;
            });
            assertEquals(20 + 5, stored.stream().mapToInt(Integer::intValue).sum(), "each id counted as new exactly once");
            assertEquals(25, events.countDocuments());
        }
    }

    private static Document event(String id) {
        return new Document("_id", id).append("type", "VIEW").append("userId", "ada@example.org")
                .append("productId", "lamp").append("occurredAt", 1_700_000_000_000L);
    }
}
