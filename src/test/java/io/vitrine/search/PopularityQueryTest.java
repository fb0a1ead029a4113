package io.vitrine.search;

import com.mongodb.client.MongoDatabase;
import io.vitrine.catalog.ProductId;
import io.vitrine.platform.EmbeddedMongoForTests;
import io.vitrine.platform.startup.EventCheckpoint;
import io.vitrine.platform.startup.Snapshots;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Popularity counted on from what the last start saved equals one count of every stored event (weights: view 1, cart
 * addition 3, purchase 5), each event once, the overlap's too.
 */
class PopularityQueryTest {

    final EmbeddedMongoForTests mongo = new EmbeddedMongoForTests();
    final MongoDatabase db = mongo.database();
    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    int next;

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void theSavedCountsAndTheEventsSinceEqualOneCountOfEveryEvent() throws IOException {
        store("VIEW", "a", now.minus(3, ChronoUnit.DAYS));
        store("PURCHASE", "a", now.minus(3, ChronoUnit.DAYS));
        store("ADD_TO_CART", "b", now.minus(2, ChronoUnit.MINUTES)); // in the overlap: read again, counted once
        store("SEARCH", null, now.minus(1, ChronoUnit.MINUTES));     // not a popularity signal
        boolean[] loaded = new boolean[1];
        Snapshots snapshots = new Snapshots(db) {
            @Override
            public <T> Optional<T> load(String name, int format, Reader<T> reader) {
                Optional<T> found = super.load(name, format, reader);
                loaded[0] = found.isPresent();
                return found;
            }
        };

        Popularity first = PopularityQuery.current(db, snapshots);
        assertEquals(6.0, weight(first, "a"));  // 1 + 5
        assertEquals(3.0, weight(first, "b"));

        store("VIEW", "b", now.minus(30, ChronoUnit.SECONDS)); // dated before the first count, stored after it
        store("PURCHASE", "c", Instant.now());
        Popularity second = PopularityQuery.current(db, snapshots);

        assertTrue(loaded[0], "went on from the saved counts");
        assertEquals(6.0, weight(second, "a"));
        assertEquals(4.0, weight(second, "b"));  // 3 + 1: the cart addition once
        assertEquals(5.0, weight(second, "c"));
        Popularity full = Popularity.none();
        PopularityQuery.read(db, full, EventCheckpoint.NONE.reading(Instant.now().plusSeconds(1).toEpochMilli()));
        assertEquals(full.weights(), second.weights());
    }

    @Test
    void savedCountsOfAnotherFormatAreCountedAgain() throws IOException {
        store("VIEW", "a", now.minus(1, ChronoUnit.DAYS));
        Snapshots snapshots = new Snapshots(db);
        snapshots.save(PopularityQuery.NAME, PopularityQuery.FORMAT + 1, out -> out.writeUTF("another shape"));

        assertEquals(1.0, weight(PopularityQuery.current(db, snapshots), "a"));
        assertTrue(snapshots.load(PopularityQuery.NAME, PopularityQuery.FORMAT, PopularityQuery.Saved::read).isPresent());
    }

    private static double weight(Popularity p, String product) {
        return p.signals(new ProductId(product)).popularity();
    }

    private void store(String type, String product, Instant at) {
        Document d = new Document("_id", "e" + next++).append("type", type).append("userId", "u")
                .append("occurredAt", at.toEpochMilli()).append("quantity", 0);
        if (product != null) {
            d.append("productId", product);
        } else {
            d.append("query", "lamp");
        }
        db.getCollection("events").insertOne(d);
    }
}
