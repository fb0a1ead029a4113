package io.vitrine.order;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.eclipse.jnosql.communication.semistructured.DatabaseManager;
import org.eclipse.jnosql.databases.mongodb.communication.MongoDBDocumentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A shopper's order list, paged: the repository's own query through JNoSQL's MongoDB manager on the embedded
 * database, with many orders placed in the same millisecond and stored in random order.
 */
class OrderPagingTest {

    private static final String ADA = "ada@example.org";

    private MongoServer server;
    private MongoClient client;
    private DatabaseManager manager;
    private MongoCollection<Document> orders;

    @BeforeEach
    void database() {
        server = new MongoServer(new H2Backend(org.h2.mvstore.MVStore.open(null)));
        InetSocketAddress a = server.bind();
        client = MongoClients.create("mongodb://" + a.getHostString() + ":" + a.getPort());
        manager = new MongoDBDocumentConfiguration().get(client).apply("vitrine-test");
        orders = client.getDatabase("vitrine-test").getCollection("orders");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void pagesSeeEveryOrderExactlyOnceNewestFirstThenByNumberWhenTimesAreEqual() {
        // 250 of Ada's orders over 3 milliseconds (ties of ~80), and someone else's, inserted in random order
        List<Document> all = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            all.add(new Document("_id", String.format("VT-%08d", 10_000 + i * 37)).append("accountId", ADA)
                    .append("placedAt", 1_000L + i % 3));
        }
        for (int i = 0; i < 40; i++) {
            all.add(new Document("_id", String.format("VT-%08d", 90_000 + i)).append("accountId", "bob@example.org")
                    .append("placedAt", 1_001L));
        }
        Collections.shuffle(all, new Random(13));
        all.forEach(orders::insertOne);

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            manager.select(MongoOrderRepository.accountPage(ADA, page, 100))
                    .forEach(e -> paged.add(e.find("_id").orElseThrow().get(String.class)));
        }

        List<String> expected = all.stream().filter(d -> d.getString("accountId").equals(ADA))
                .sorted(Comparator.comparing((Document d) -> d.getLong("placedAt")).thenComparing(d -> d.getString("_id")).reversed())
                .map(d -> d.getString("_id")).toList();
        Set<String> distinct = new HashSet<>(paged);
        assertEquals(250, paged.size(), "3 pages of 100, 100, 50 rows");
        assertEquals(250, distinct.size(), "no order twice, none skipped");
        assertEquals(expected, paged, "newest first, then by number, across pages");
    }
}
