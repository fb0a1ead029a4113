package io.vitrine.platform;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The embedded server's index keys keep H2's order (the byte order of their Java serialisations) exactly, so files
 * written before still find every key, and the fast comparison is what the indexes use.
 */
class IndexKeyTypeTest {

    @TempDir
    Path dir;

    @Test
    void ordersStringKeysExactlyAsTheirSerialisations() {
        Random random = new Random(13);
        List<String> strings = new ArrayList<>(List.of("", "a", "b", "ab", "ba", "A", "\u0000", "a\u0000", "\u007f",
                "\u0080", "\u07ff", "\u0800", "\uffff", "\ud83d\ude00", "é", "e\u0301", "zzz", "Z".repeat(300),
                "x".repeat(70_000), "\u0800".repeat(21_845), "\u0800".repeat(21_846)));
        for (int i = 0; i < 300; i++) {
            strings.add(randomString(random));
        }
        IndexKeyType fast = new IndexKeyType();
        List<KeyValue> keys = strings.stream().map(KeyValue::new).toList();
        List<byte[]> serialised = keys.stream().map(ObjectDataType::serialize).toList();
        for (int i = 0; i < keys.size(); i++) {
            for (int j = 0; j < keys.size(); j++) {
                String a = strings.get(i);
                String b = strings.get(j);
                assertEquals(Integer.signum(ObjectDataType.compareNotNull(serialised.get(i), serialised.get(j))),
                        fast.compare(keys.get(i), keys.get(j)), () -> "order of " + brief(a) + " and " + brief(b));
            }
        }
    }

    @Test
    void otherKeysAreComparedAsH2DoesItself() {
        IndexKeyType fast = new IndexKeyType();
        List<KeyValue> keys = List.of(new KeyValue("a", "b"), new KeyValue("a", 1L), new KeyValue(1L), new KeyValue(2.5),
                new KeyValue(List.of("a")), new KeyValue("a"), new KeyValue((Object) null));
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                assertEquals(serialisedOrder(a, b), fast.compare(a, b), () -> a + " vs " + b);
            }
        }
        assertEquals(Integer.signum(new ObjectDataType().compare("a", "b")), Integer.signum(fast.compare("a", "b")));
    }

    @Test
    void aFileWrittenWithTheLibrarysOwnBackendFindsEveryKey() throws Exception {
        String file = dir.resolve("old.mv").toString();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            ids.add(i % 3 == 0 ? UUID.randomUUID().toString() : "event-" + i + "-\u00e9\u0800");
        }
        H2Backend old = new H2Backend(MVStore.open(file));
        MongoServer oldServer = new MongoServer(old);
        try (MongoClient client = MongoClients.create(oldServer.bindAndGetConnectionString())) {
            MongoCollection<Document> events = client.getDatabase("d").getCollection("events");
            for (int i = 0; i < ids.size(); i += 100) {
                events.insertMany(ids.subList(i, i + 100).stream().map(id -> new Document("_id", id)).toList());
            }
        } finally {
            oldServer.shutdownNow();
        }

        DurableH2Backend reopened = new DurableH2Backend(file);
        MongoServer server = new MongoServer(reopened);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoCollection<Document> events = client.getDatabase("d").getCollection("events");
            for (String id : ids) {
                assertEquals(id, events.find(Filters.eq("_id", id)).first().getString("_id"));
            }
            for (String id : ids.subList(0, 10)) {
                assertThrows(com.mongodb.MongoWriteException.class, () -> events.insertOne(new Document("_id", id)),
                        "a stored id is found by the unique index: " + id);
            }
            events.insertOne(new Document("_id", "new-one"));
            assertEquals(ids.size() + 1, events.countDocuments());
            assertInstanceOf(IndexKeyType.class, reopened.getMvStore()
                    .openMap(DurableH2Backend.indexMapName("d.events", "_id_")).getKeyType(), "the index uses the fast order");
        } finally {
            server.shutdownNow();
        }
        // pages written both ways (old ones, and those the new inserts rewrote with one-string keys) after a restart
        MongoServer again = new MongoServer(new DurableH2Backend(file));
        try (MongoClient client = MongoClients.create(again.bindAndGetConnectionString())) {
            MongoCollection<Document> events = client.getDatabase("d").getCollection("events");
            for (String id : ids) {
                assertEquals(id, events.find(Filters.eq("_id", id)).first().getString("_id"));
            }
            assertEquals("new-one", events.find(Filters.eq("_id", "new-one")).first().getString("_id"));
            assertThrows(com.mongodb.MongoWriteException.class, () -> events.insertOne(new Document("_id", "new-one")));
        } finally {
            again.shutdownNow();
        }
    }

    @Test
    void oneStringKeysAreWrittenAsTheStringAndReadBackEqual() {
        IndexKeyType type = new IndexKeyType();
        for (KeyValue k : List.of(new KeyValue("event-1"), new KeyValue("\u00e9\u0800\ud83d\ude00"),
                new KeyValue("x".repeat(70_000)), new KeyValue(""), new KeyValue("a", 1L), new KeyValue(2.5))) {
            org.h2.mvstore.WriteBuffer buff = new org.h2.mvstore.WriteBuffer();
            type.write(buff, k);
            java.nio.ByteBuffer bytes = buff.getBuffer();
            bytes.flip();
            assertEquals(k, type.read(bytes));
            assertEquals(0, bytes.remaining());
        }
    }

    private static int serialisedOrder(Object a, Object b) {
        return Integer.signum(ObjectDataType.compareNotNull(ObjectDataType.serialize(a), ObjectDataType.serialize(b)));
    }

    private static String randomString(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(5);
            s.append((char) switch (kind) {
                case 0 -> 'a' + random.nextInt(4);
                case 1 -> random.nextInt(0x80);
                case 2 -> 0x80 + random.nextInt(0x780);
                case 3 -> 0x800 + random.nextInt(0xF7FF);
                default -> 0xD800 + random.nextInt(0x800);
            });
        }
        return s.toString();
    }

    private static String brief(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "... (" + s.length() + " chars)" : s;
    }
}
