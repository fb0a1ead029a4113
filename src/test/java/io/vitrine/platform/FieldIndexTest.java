package io.vitrine.platform;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.IndexKey;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded server's secondary index: the shop's {@code events} indexes ({@link MongoIndexes#EMBEDDED}) on the
 * durable backend, through the real driver. Queries by shopper and by time give exactly the right events, follow
 * updates and deletes, and the entries are on disk with the documents.
 */
class FieldIndexTest {

    private static final String USER_INDEX = "d.events._index_userId_1_occurredAt_-1";
    private static final String TIME_INDEX = "d.events._index_occurredAt_1";

    @TempDir
    Path dir;

    @Test
    void aShoppersEventsAndATimeWindowComeFromTheIndexesAndFollowEveryWrite() {
        String file = dir.resolve("index.mv").toString();
        DurableH2Backend backend = new DurableH2Backend(file);
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(connection(server))) {
            MongoCollection<Document> events = client.getDatabase("d").getCollection("events");
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                docs.add(new Document("_id", "e" + i).append("userId", "u" + (i % 3)).append("occurredAt", 1_000L + i)
                        .append("type", i % 2 == 0 ? "VIEW" : "PURCHASE"));
            }
            // half stored before the index exists (built from the collection), half after (kept on insert)
            events.insertMany(docs.subList(0, 150));
            assertEquals(2, MongoIndexes.create(client.getDatabase("d"), MongoIndexes.EMBEDDED));
            events.insertMany(docs.subList(150, 300));

            List<String> latest = ids(events.find(Filters.eq("userId", "u1")).sort(Sorts.descending("occurredAt")).limit(3));
            assertEquals(List.of("e298", "e295", "e292"), latest);
            assertEquals(100, events.countDocuments(Filters.eq("userId", "u2")));
            assertEquals(0, events.countDocuments(Filters.eq("userId", "nobody")));
            // the roll-up's window: types and a half-open time range, as EventScan asks for it
            List<String> window = ids(events.find(Filters.and(Filters.in("type", List.of("VIEW")),
                    Filters.gte("occurredAt", 1_010L), Filters.lt("occurredAt", 1_016L))));
            assertEquals(Set.of("e10", "e12", "e14"), Set.copyOf(window));

            // a log-in's merge: one update of the found events moves their entries
            events.updateMany(Filters.and(Filters.in("_id", List.of("e0", "e3")), Filters.eq("userId", "u0")),
                    Updates.set("userId", "ada"));
            assertEquals(List.of("e3", "e0"), ids(events.find(Filters.eq("userId", "ada")).sort(Sorts.descending("occurredAt"))));
            assertEquals(98, events.countDocuments(Filters.eq("userId", "u0")));
            events.deleteOne(Filters.eq("_id", "e3"));
            assertEquals(List.of("e0"), ids(events.find(Filters.eq("userId", "ada"))));
            assertEquals(List.of(), ids(events.find(Filters.eq("occurredAt", 1_003L))));
        } finally {
            server.shutdownNow();
        }
        // on disk with the documents: one entry per stored event in each index
        MVStore store = new MVStore.Builder().fileName(file).readOnly().open();
        try {
            MVMap<String, Object> byUser = store.openMap(USER_INDEX);
            MVMap<String, Object> byTime = store.openMap(TIME_INDEX);
            // one entry per stored event, and the mark that the build (over the first 150) reached its end
            assertEquals(299 + 1, byUser.sizeAsLong());
            assertEquals(299 + 1, byTime.sizeAsLong());
            assertTrue(byUser.keySet().stream().noneMatch(k -> k.endsWith("\u0000se3")), "the deleted event's entry is gone");
            assertTrue(byUser.keySet().stream().anyMatch(k -> k.endsWith("\u0000se0")));
        } finally {
            store.close();
        }
        // and found again after a restart
        DurableH2Backend reopened = new DurableH2Backend(file);
        MongoServer again = new MongoServer(reopened);
        try (MongoClient client = MongoClients.create(connection(again))) {
            MongoCollection<Document> events = client.getDatabase("d").getCollection("events");
            assertEquals(List.of("e0"), ids(events.find(Filters.eq("userId", "ada"))));
            assertEquals(100, events.countDocuments(Filters.eq("userId", "u1")));
        } finally {
            again.shutdownNow();
        }
    }

    @Test
    void theIndexFindsOnlyThePinnedValuesPositions() {
        MVStore store = MVStore.open(null);
        FieldIndex index = new FieldIndex(store, "m", "userId_1", List.of(new IndexKey("userId", true)));
        index.add(doc("a", "u1", 5L), "a", null);
        index.add(doc("b", "u1", 7L), "b", null);
        index.add(doc("c", "u10", 6L), "c", null);
        index.add(doc("d", "u\u00001", 6L), "d", null);
        index.add(new de.bwaldvogel.mongo.bson.Document("_id", "e").append("userId", List.of("u1", "u2")), "e", null);
        assertEquals(Set.of("a", "b", "e"), positions(index, new de.bwaldvogel.mongo.bson.Document("userId", "u1")));
        assertEquals(Set.of("e"), positions(index, new de.bwaldvogel.mongo.bson.Document("userId",
                new de.bwaldvogel.mongo.bson.Document("$eq", "u2"))));
        assertEquals(Set.of("d"), positions(index, new de.bwaldvogel.mongo.bson.Document("userId", "u\u00001")));
        index.add(new de.bwaldvogel.mongo.bson.Document("_id", 42).append("userId", "u9"), 42, null);
        assertEquals(Set.of(42), positions(index, new de.bwaldvogel.mongo.bson.Document("userId", "u9")), "a number _id");
        index.remove(doc("b", "u1", 7L));
        assertEquals(Set.of("a", "e"), positions(index, new de.bwaldvogel.mongo.bson.Document("userId", "u1")));
        // what the index cannot answer is left to the collection
        assertFalse(index.canHandle(new de.bwaldvogel.mongo.bson.Document("type", "VIEW")));
        assertFalse(index.canHandle(new de.bwaldvogel.mongo.bson.Document("userId",
                new de.bwaldvogel.mongo.bson.Document("$in", List.of("u1")))));
        assertFalse(index.canHandle(new de.bwaldvogel.mongo.bson.Document("userId",
                new de.bwaldvogel.mongo.bson.Document("$ne", "u1"))));
    }

    @Test
    void aBuildCutOffBeforeItsEndIsDoneAgain() {
        MVStore store = MVStore.open(null);
        FieldIndex index = new FieldIndex(store, "m", "userId_1", List.of(new IndexKey("userId", true)));
        index.add(doc("stale", "u1", 1L), "stale", null); // what a crashed build left: entries, no end mark
        assertFalse(index.built());
        Map<Object, de.bwaldvogel.mongo.bson.Document> stored = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 25; i++) {
            stored.put("d" + i, doc("d" + i, "u" + (i % 2), i));
        }
        int[] commits = {0};
        index.build(stored.entrySet(), 10, () -> commits[0]++);
        assertTrue(index.built());
        assertEquals(2, commits[0], "a commit every 10 entries");
        assertEquals(25, index.getCount());
        assertEquals(13, positions(index, new de.bwaldvogel.mongo.bson.Document("userId", "u0")).size());
        assertFalse(positions(index, new de.bwaldvogel.mongo.bson.Document("userId", "u1")).contains("stale"));
    }

    @Test
    void numbersKeepTheirOrderAsKeys() {
        long[] values = {Long.MIN_VALUE / 2, -5_000, -1, 0, 1, 1_764_000_000_000L, 1_764_000_000_001L, Long.MAX_VALUE / 2};
        for (int i = 1; i < values.length; i++) {
            assertTrue(FieldIndex.encodeNumber(values[i - 1]).compareTo(FieldIndex.encodeNumber(values[i])) < 0,
                    values[i - 1] + " < " + values[i]);
        }
        assertEquals(FieldIndex.encodeNumber(3), FieldIndex.encodeNumber(3.0));
        assertTrue(FieldIndex.supports(List.of(new IndexKey("userId", true), new IndexKey("occurredAt", false))));
        assertFalse(FieldIndex.supports(List.of(new IndexKey("stockHolds.at", true))));
    }

    private static de.bwaldvogel.mongo.bson.Document doc(String id, String user, long at) {
        return new de.bwaldvogel.mongo.bson.Document("_id", id).append("userId", user).append("occurredAt", at);
    }

    private static Set<Object> positions(FieldIndex index, de.bwaldvogel.mongo.bson.Document query) {
        assertTrue(index.canHandle(query), query.toString());
        return StreamSupport.stream(index.getPositions(query).spliterator(), false).collect(Collectors.toSet());
    }

    private static List<String> ids(Iterable<Document> found) {
        List<String> out = new ArrayList<>();
        found.forEach(d -> out.add(d.getString("_id")));
        return out;
    }

    private static String connection(MongoServer server) {
        InetSocketAddress a = server.bind();
        return "mongodb://" + a.getHostString() + ":" + a.getPort();
    }
}
