package io.vitrine.catalog;

import io.vitrine.platform.EmbeddedMongoForTests;
import io.vitrine.platform.cluster.ChangeFollower;
import io.vitrine.platform.cluster.MongoChangeLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A product changed on node 2 reaches node 1's observers (read model, text and photo indexes) as the same event. */
class ProductChangeFeedTest {

    final EmbeddedMongoForTests mongo = new EmbeddedMongoForTests();

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aChangeMadeOnNodeTwoIsFiredOnNodeOneOnceAndNotLoggedAgain() {
        MongoChangeLog log1 = new MongoChangeLog(mongo.database(), "node-1", Clock.systemUTC());
        MongoChangeLog log2 = new MongoChangeLog(mongo.database(), "node-2", Clock.systemUTC());
        List<ProductChanged> firedOnNode1 = new ArrayList<>();
        ProductChangeFeed[] feed1 = new ProductChangeFeed[1];
        // node 1's observers include its own feed, as in the container: a replayed change must not be logged again
        feed1[0] = new ProductChangeFeed(log1, e -> {
            firedOnNode1.add(e);
            feed1[0].onProductChanged(e);
        });
        ProductChangeFeed feed2 = new ProductChangeFeed(log2, e -> { });
        ChangeFollower follower1 = new ChangeFollower(log1, "node-1", Map.of(feed1[0].topic(), List.of(feed1[0])),
                Clock.systemUTC(), Duration.ofSeconds(10));
        follower1.startAtEnd();

        ProductChanged created = new ProductChanged(new ProductId("p-42"), ProductChanged.Change.CREATED);
        feed2.onProductChanged(created);
        assertEquals(1, follower1.poll());

        assertEquals(List.of(created), firedOnNode1);
        assertEquals(1, log1.last(), "node 1 did not log node 2's change a second time");
        assertEquals(0, follower1.poll());
    }

    @Test
    void anImportBatchOnNodeTwoReachesNodeOneProductByProduct() {
        MongoChangeLog log1 = new MongoChangeLog(mongo.database(), "node-1", Clock.systemUTC());
        MongoChangeLog log2 = new MongoChangeLog(mongo.database(), "node-2", Clock.systemUTC());
        List<ProductChanged> firedOnNode1 = new ArrayList<>();
        ProductChangeFeed feed1 = new ProductChangeFeed(log1, firedOnNode1::add);
        ProductChangeFeed feed2 = new ProductChangeFeed(log2, e -> { });
        ChangeFollower follower1 = new ChangeFollower(log1, "node-1", Map.of(feed1.topic(), List.of(feed1)),
                Clock.systemUTC(), Duration.ofSeconds(10));
        follower1.startAtEnd();

        feed2.onProductsChanged(new ProductsChanged(List.of(new ProductId("p-1"), new ProductId("p-2"))));

        assertEquals(2, follower1.poll());
        assertEquals(List.of(new ProductChanged(new ProductId("p-1"), ProductChanged.Change.UPDATED),
                new ProductChanged(new ProductId("p-2"), ProductChanged.Change.UPDATED)), firedOnNode1);
    }
}
