package io.vitrine.platform;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every write the embedded server acknowledged is found after a crash: many threads write through the real driver
 * (insert, update, findAndModify, delete, bulk), the store is then dropped without writing anything (as a
 * {@code kill -9} would leave it) and reopened.
 */
class DurableH2BackendTest {

    private static final int THREADS = 8;
    private static final int WRITES_PER_THREAD = 16;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesACrashAndConcurrentWritersShareCommits() throws Exception {
        String file = dir.resolve("crash.mv").toString();
        DurableH2Backend backend = new DurableH2Backend(file);
        MongoServer server = new MongoServer(backend);
        Set<String> inserted = ConcurrentHashMap.newKeySet();
        Set<String> deleted = ConcurrentHashMap.newKeySet();
        Set<String> bulk = ConcurrentHashMap.newKeySet();
        int acknowledgedIncrements;
        // the shop's own client settings (majority + journal write concern): the embedded server accepts them
        try (MongoClient client = MongoClients.create(MongoConnection.clientSettings(
                new com.mongodb.ConnectionString(bind(server))))) {
            MongoCollection<Document> events = client.getDatabase("d").getCollection("events");
            MongoCollection<Document> counters = client.getDatabase("d").getCollection("counters");
            counters.insertOne(new Document("_id", "stock").append("n", 0));
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    int increments = 0;
                    for (int i = 0; i < WRITES_PER_THREAD; i++) {
                        String id = thread + "-" + i;
                        events.insertOne(new Document("_id", id).append("v", 1));
                        inserted.add(id);
                        switch (i % 4) {
                            case 0 -> events.updateOne(Filters.eq("_id", id), Updates.set("v", 2));
                            case 1 -> {
                                counters.findOneAndUpdate(Filters.eq("_id", "stock"), Updates.inc("n", 1));
                                increments++;
                            }
                            case 2 -> {
                                events.deleteOne(Filters.eq("_id", id));
                                inserted.remove(id);
                                deleted.add(id);
                            }
                            default -> {
                                String b1 = "bulk-" + id + "-a";
                                String b2 = "bulk-" + id + "-b";
                                events.bulkWrite(List.of(new InsertOneModel<>(new Document("_id", b1)),
                                        new InsertOneModel<>(new Document("_id", b2)),
                                        new UpdateOneModel<>(Filters.eq("_id", b1), Updates.set("v", 3))));
                                bulk.add(b1);
                                bulk.add(b2);
                            }
                        }
                    }
                    return increments;
                }));
            }
            int sum = 0;
            for (Future<Integer> f : futures) {
                sum += f.get(2, TimeUnit.MINUTES);
            }
            acknowledgedIncrements = sum;
            pool.shutdown();
            long writes = (long) THREADS * WRITES_PER_THREAD * 2;
            assertTrue(backend.commits() < writes,
                    "concurrent writers share commits: " + backend.commits() + " commits for " + writes + " writes");
            assertFalse(backend.hasUnsavedChanges(), "nothing acknowledged is only in memory");
        }
        crash(server, backend);

        DurableH2Backend reopened = new DurableH2Backend(file);
        MongoServer again = new MongoServer(reopened);
        try (MongoClient client = MongoClients.create(again.bindAndGetConnectionString())) {
            MongoCollection<Document> events = client.getDatabase("d").getCollection("events");
            Set<String> found = ConcurrentHashMap.newKeySet();
            events.find().forEach(d -> found.add(d.getString("_id")));
            List<String> lost = inserted.stream().filter(id -> !found.contains(id)).toList();
            assertEquals(List.of(), lost, "acknowledged inserts lost");
            assertEquals(List.of(), bulk.stream().filter(id -> !found.contains(id)).toList(), "bulk writes lost");
            assertEquals(List.of(), deleted.stream().filter(found::contains).toList(), "acknowledged deletes undone");
            assertEquals(THREADS * (WRITES_PER_THREAD / 4), events.countDocuments(Filters.eq("v", 2)),
                    "acknowledged updates");
            assertEquals(acknowledgedIncrements, client.getDatabase("d").getCollection("counters")
                    .find(Filters.eq("_id", "stock")).first().getInteger("n"), "acknowledged findAndModify");
        } finally {
            again.shutdownNow();
        }
    }

    /**
     * One command of about 40 MB (one insertMany the driver sends whole) passes MVStore's auto-commit buffer (19-64 MB
     * by default): the store must not commit in the middle of it, only the group commit after it.
     */
    @Test
    void aLargeCommandIsNeverCommittedInPart() {
        DurableH2Backend backend = new DurableH2Backend(dir.resolve("large.mv").toString());
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(bind(server))) {
            MongoCollection<Document> photos = client.getDatabase("d").getCollection("photos");
            photos.insertOne(new Document("_id", "first"));
            long versionBefore = backend.getMvStore().getCurrentVersion();
            long commitsBefore = backend.commits();
            String megabyte = "x".repeat(1 << 20);
            List<Document> large = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                large.add(new Document("_id", "p" + i).append("bytes", megabyte + i));
            }
            photos.insertMany(large);
            long versions = backend.getMvStore().getCurrentVersion() - versionBefore;
            long commits = backend.commits() - commitsBefore;
            assertTrue(commits >= 1, "the insert waited for a group commit");
            assertEquals(commits, versions, "every new version of the store is a group commit, none made mid-command");
            assertEquals(41, photos.countDocuments());
        } finally {
            server.shutdownNow();
        }
    }

    /**
     * A request's steps ({@link WriteSteps}) are acknowledged in memory, {@code awaitDurable} then puts them all on
     * disk with one commit; after a crash without it, what is left is a prefix of the steps.
     */
    @Test
    void stepsWaitForOneCommitTogetherAndACrashKeepsAPrefixOfThem() {
        String file = dir.resolve("steps.mv").toString();
        DurableH2Backend backend = new DurableH2Backend(file);
        MongoServer server = new MongoServer(backend);
        WriteSteps steps = WriteSteps.grouped(backend);
        try (MongoClient client = MongoClients.create(MongoConnection.clientSettings(
                new com.mongodb.ConnectionString(bind(server))))) {
            MongoCollection<Document> orders = client.getDatabase("d").getCollection("orders");
            orders.insertOne(new Document("_id", "durable"));
            long commits = backend.commits();
            steps.on(orders).insertOne(new Document("_id", "step-1"));
            steps.on(orders).updateOne(Filters.eq("_id", "step-1"), Updates.set("v", 1));
            steps.on(orders).insertMany(List.of(new Document("_id", "step-2"), new Document("_id", "step-3")));
            assertEquals(commits, backend.commits(), "a step does not wait for the disk");
            assertTrue(backend.hasUnsavedChanges());

            steps.awaitDurable();
            assertEquals(commits + 1, backend.commits(), "one commit for every step");
            assertFalse(backend.hasUnsavedChanges(), "the steps are on disk");

            steps.on(orders).insertOne(new Document("_id", "step-4"));
            orders.insertOne(new Document("_id", "durable-after")); // the next durable write takes the step with it
            steps.on(orders).insertOne(new Document("_id", "step-5")); // never made durable: the crash loses it
            assertEquals(WriteSteps.eachDurable().on(orders), orders, "each durable: the client's own write concern");
        }
        crash(server, backend);

        DurableH2Backend reopened = new DurableH2Backend(file);
        MongoServer again = new MongoServer(reopened);
        try (MongoClient client = MongoClients.create(again.bindAndGetConnectionString())) {
            List<Object> found = new ArrayList<>();
            client.getDatabase("d").getCollection("orders").find().forEach(d -> found.add(d.get("_id")));
            assertEquals(List.of("durable", "durable-after", "step-1", "step-2", "step-3", "step-4"), found.stream().sorted().toList());
            assertEquals(1, client.getDatabase("d").getCollection("orders").find(Filters.eq("_id", "step-1")).first().getInteger("v"));
        } finally {
            again.shutdownNow();
        }
    }

    @Test
    void onlyAnExplicitJFalseIsAcknowledgedBeforeTheDisk() {
        de.bwaldvogel.mongo.bson.Document insert = new de.bwaldvogel.mongo.bson.Document("insert", "orders");
        assertFalse(DurableH2Backend.unjournaled(insert));
        assertFalse(DurableH2Backend.unjournaled(new de.bwaldvogel.mongo.bson.Document("writeConcern",
                new de.bwaldvogel.mongo.bson.Document("w", "majority").append("j", true))));
        assertFalse(DurableH2Backend.unjournaled(new de.bwaldvogel.mongo.bson.Document("writeConcern",
                new de.bwaldvogel.mongo.bson.Document("w", 1))));
        assertTrue(DurableH2Backend.unjournaled(new de.bwaldvogel.mongo.bson.Document("writeConcern",
                new de.bwaldvogel.mongo.bson.Document("w", 1).append("j", false))));
    }

    @Test
    void readsDoNotWaitAndWritesAndOutStagesDo() {
        assertFalse(DurableH2Backend.changesData("find", new de.bwaldvogel.mongo.bson.Document()));
        assertFalse(DurableH2Backend.changesData("isMaster", new de.bwaldvogel.mongo.bson.Document()));
        assertFalse(DurableH2Backend.changesData("aggregate", new de.bwaldvogel.mongo.bson.Document("pipeline",
                List.of(new de.bwaldvogel.mongo.bson.Document("$match", new de.bwaldvogel.mongo.bson.Document())))));
        assertTrue(DurableH2Backend.changesData("aggregate", new de.bwaldvogel.mongo.bson.Document("pipeline",
                List.of(new de.bwaldvogel.mongo.bson.Document("$out", "x")))));
        IntStream.range(0, 1).forEach(i -> List.of("insert", "update", "delete", "findAndModify", "findandmodify",
                "createIndexes", "drop", "dropDatabase", "create", "renameCollection", "somethingNew")
                .forEach(c -> assertTrue(DurableH2Backend.changesData(c, new de.bwaldvogel.mongo.bson.Document()), c)));
    }

    @Test
    void documentsAreReadStraightFromTheStoreWithoutAQuery() {
        DurableH2Backend backend = new DurableH2Backend(dir.resolve("scan.mv").toString());
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(bind(server))) {
            MongoCollection<Document> events = client.getDatabase("d").getCollection("events");
            events.insertMany(List.of(new Document("_id", "e1").append("type", "VIEW").append("occurredAt", 5L),
                    new Document("_id", "e2").append("type", "SEARCH").append("occurredAt", 7L)));
            List<String> read = new ArrayList<>();
            try (var all = backend.documents("d", "events")) {
                all.forEach(d -> read.add(d.get("_id") + " " + d.get("type") + " " + d.get("occurredAt")));
            }
            assertEquals(List.of("e1 VIEW 5", "e2 SEARCH 7"), read);
            assertEquals(0, backend.documents("d", "nothing-here").count(), "no collection: nothing, and none made");
            assertFalse(backend.getMvStore().hasMap("databases.d.nothing-here"));
        } finally {
            server.shutdownNow();
        }
    }

    /** As the shop binds it: one event loop per concurrent writer at most. */
    private static String bind(MongoServer server) {
        server.bind(new java.net.InetSocketAddress("127.0.0.1", 0), 1, 32);
        return server.getConnectionString();
    }

    /** Drops the store without writing anything more, like a killed process, then stops the server. */
    private static void crash(MongoServer server, DurableH2Backend backend) {
        backend.getMvStore().closeImmediately();
        try {
            server.shutdownNow();
        } catch (RuntimeException ignored) {
            // the store is already gone
        }
    }
}
