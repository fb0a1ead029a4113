package io.vitrine.platform;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MongoIndexesTest {

    @Test
    void createsTheIndexesTheQueriesNeedAndKeepsTheData() {
        MongoServer server = new MongoServer(new H2Backend(org.h2.mvstore.MVStore.open(null)));
        try (MongoClient client = MongoClients.create("mongodb://" + hostAndPort(server))) {
            MongoDatabase db = client.getDatabase("indexes-test");
            db.getCollection("products").insertOne(new Document("_id", "p1").append("sellerId", "s1"));
            assertEquals(13, MongoIndexes.create(db));
            assertEquals(13, MongoIndexes.create(db), "a second start finds them in place");
            assertEquals(1, db.getCollection("products").countDocuments());
            List<String> names = db.getCollection("products").listIndexes().map(d -> d.getString("name")).into(new java.util.ArrayList<>());
            assertEquals(java.util.Set.of("_id_", "sellerId_1", "category_1_subCategory_1_priceCents_1", "subCategory_1_priceCents_1",
                    "createdAt_-1", "sourceRef_1", "stockHolds.at_1"), java.util.Set.copyOf(names));
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void everyCollectionTheQueriesFilterHasIndexes() {
        assertEquals(java.util.Set.of("products", "events", "orders", "reviews", "model_versions"), MongoIndexes.INDEXES.keySet());
        MongoIndexes.INDEXES.values().forEach(list -> assertEquals(false, list.isEmpty()));
    }

    private static String hostAndPort(MongoServer server) {
        java.net.InetSocketAddress a = server.bind();
        return a.getHostString() + ":" + a.getPort();
    }
}
