package io.vitrine.recommend;

import com.mongodb.client.MongoCollection;
import io.vitrine.platform.EmbeddedMongoForTests;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Seven stored events, read in one query or in slices: the same training events, with or without a window. Times are
 * real epoch milliseconds of 2026 whose low 32 bits read as a negative int (the embedded server's $mod cuts to int).
 */
class EventSlicesTest {

    private static final long T = 1_798_000_000_000L;

    private EmbeddedMongoForTests mongo;
    private MongoCollection<Document> events;

    @BeforeEach
    void store() {
        mongo = new EmbeddedMongoForTests();
        events = mongo.database().getCollection("events");
        events.insertMany(List.of(
                event("e1", "view", "ada", "p1", T + 1000),
                event("e2", "add-to-cart", "ada", "p2", T + 1001),
                event("e3", "purchase", "bob", "p1", T + 1002),
                new Document("_id", "e4").append("type", "search").append("userId", "bob").append("query", "shoes")
                        .append("occurredAt", T + 1003),
                event("e5", "view", "bob", "p3", T + 999),
                event("e6", "rating", "ada", "p1", T + 1005),
                event("e7", "purchase", "ada", "p2", T + 1006)));
    }

    @AfterEach
    void close() {
        mongo.close();
    }

    private static Document event(String id, String type, String user, String product, long at) {
        return new Document("_id", id).append("type", type).append("userId", user).append("productId", product)
                .append("occurredAt", at);
    }

    private static List<String> described(List<WeightedEvent> read) {
        List<WeightedEvent> sorted = new ArrayList<>(read);
        sorted.sort(Comparator.comparingLong(WeightedEvent::timestamp));
        return sorted.stream().map(e -> e.user() + " " + e.item() + " " + e.weight() + " " + (e.timestamp() - T)).toList();
    }

    @Test
    void oneQueryReadsEveryEventWithAProductAndAWeight() {
        EventSlices all = new EventSlices(events, Long.MIN_VALUE, 0);
        assertEquals(1, all.slices());
        // the search (no product, weight 0) is left out; weights are InteractionType's
        assertEquals(List.of("bob p3 1.0 999", "ada p1 1.0 1000", "ada p2 3.0 1001", "bob p1 5.0 1002",
                "ada p1 2.0 1005", "ada p2 5.0 1006"), described(all.readAll()));
    }

    @Test
    void slicesReadTheSameEventsAsOneQuery() {
        EventSlices sliced = new EventSlices(events, Long.MIN_VALUE, 2);
        assertEquals(4, sliced.slices(), "7 stored events, at most 2 a query");
        assertEquals(described(new EventSlices(events, Long.MIN_VALUE, 0).readAll()), described(sliced.readAll()));
    }

    @Test
    void aWindowLeavesOlderEventsOut() {
        assertEquals(List.of("ada p1 2.0 1005", "ada p2 5.0 1006"), described(new EventSlices(events, T + 1004, 3).readAll()));
    }

    @Test
    void purchasesGoToTheBoughtSinkAndIdsAreSharedAcrossSlices() {
        List<WeightedEvent> read = new ArrayList<>();
        List<WeightedEvent> bought = new ArrayList<>();
        new EventSlices(events, Long.MIN_VALUE, 2).read(read::add, bought::add);
        assertEquals(List.of("ada p2 5.0 1006", "bob p1 5.0 1002"),
                bought.stream().map(e -> e.user() + " " + e.item() + " " + e.weight() + " " + (e.timestamp() - T)).sorted().toList());
        List<WeightedEvent> ada = read.stream().filter(e -> e.user().value().equals("ada")).toList();
        assertEquals(4, ada.size());
        ada.forEach(e -> assertSame(ada.get(0).user(), e.user(), "one UserId per shopper"));
        List<WeightedEvent> p1 = read.stream().filter(e -> e.item().value().equals("p1")).toList();
        assertEquals(3, p1.size());
        p1.forEach(e -> assertSame(p1.get(0).item(), e.item(), "one ItemId per product"));
    }

    @Test
    void aNegativeReadSizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EventSlices(events, Long.MIN_VALUE, -1));
    }
}
