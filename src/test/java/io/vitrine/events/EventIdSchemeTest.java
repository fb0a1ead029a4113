package io.vitrine.events;

import com.mongodb.client.MongoDatabase;
import io.vitrine.platform.EmbeddedMongoForTests;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The note of which ids a database's events have, and the look-up of old ids, on the embedded server. */
class EventIdSchemeTest {

    @Test
    void aDatabaseThatStartsWithOrderedIdsNeverLooksOldIdsUp() {
        try (EmbeddedMongoForTests mongo = new EmbeddedMongoForTests()) {
            MongoDatabase database = mongo.database();
            assertFalse(MongoEventRepository.legacyIdsNoted(database));
            database.getCollection("events").insertOne(new Document("_id", "id.9a16b03f3183712b.e-1"));
            assertFalse(MongoEventRepository.legacyIdsNoted(database), "the note, not the events stored since, decides");
        }
    }

    @Test
    void aDatabaseThatHeldEventsBeforeOrderedIdsAlwaysLooksOldIdsUp() {
        try (EmbeddedMongoForTests mongo = new EmbeddedMongoForTests()) {
            MongoDatabase database = mongo.database();
            database.getCollection("events").insertOne(
                    new Document("_id", "7672cec639b2b186aea83ac8129c7f719c1dc7007422fc5081af506018b7a1da"));
            assertTrue(MongoEventRepository.legacyIdsNoted(database));
            database.getCollection("events").deleteMany(new Document());
            assertTrue(MongoEventRepository.legacyIdsNoted(database), "noted once, for good");
        }
    }

    @Test
    void storedIdsAnswersWhichOfTheAskedIdsAreThere() {
        try (EmbeddedMongoForTests mongo = new EmbeddedMongoForTests()) {
            var events = mongo.database().getCollection("events");
            events.insertMany(List.of(new Document("_id", "a"), new Document("_id", "b"), new Document("_id", "c")));
            assertEquals(Set.of("a", "c"), MongoEventRepository.storedIds(events, List.of("a", "c", "x", "a")));
            assertEquals(Set.of(), MongoEventRepository.storedIds(events, List.of()));
        }
    }
}
