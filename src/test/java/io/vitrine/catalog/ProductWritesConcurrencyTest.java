package io.vitrine.catalog;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.vitrine.platform.EmbeddedMongoForTests;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.vitrine.platform.EmbeddedMongoForTests.concurrently;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The product writes of {@link ProductWrites} on the embedded database, from many threads at once. */
class ProductWritesConcurrencyTest {

    private static final ProductId LAMP = new ProductId("lamp");
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    private EmbeddedMongoForTests mongo;
    private MongoCollection<Document> products;
    private ProductWrites writes;

    @BeforeEach
    void store() {
        mongo = new EmbeddedMongoForTests();
        products = mongo.database().getCollection("products");
        products.insertOne(new Document("_id", "lamp").append("sellerId", "aubert")
                .append("name", new Document("en", "Lamp").append("fr", "Lampe"))
                .append("category", "home").append("subCategory", "lighting").append("priceCents", 2_000L)
                .append("currency", "EUR").append("stock", 1_000).append("ratingCount", 0).append("ratingTotal", 0L)
                .append("imageIds", List.of("img-1")).append("createdAt", T.toEpochMilli()).append("updatedAt", T.toEpochMilli()));
        writes = new ProductWrites(mongo.database());
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private Document stored() {
        return products.find(Filters.eq("_id", "lamp")).first();
    }

    private static Product edited(String name, long cents) {
        // what a seller's form carries: read long ago, with a stock and ratings that are stale by now
        return Product.builder(LAMP).seller("aubert").name(LocalizedText.of(name, null)).category("home", "lighting")
                .price(Money.euros(cents)).stock(5).ratings(1, 5).attributes(Map.of("colour", "brass")).build();
    }

    @Test
    void editsRacingSalesAndRatingsLoseNeitherTheSalesNorTheRatings() throws Exception {
        AtomicInteger thread = new AtomicInteger();
        concurrently(12, () -> {
            int me = thread.getAndIncrement();
            for (int i = 0; i < 50; i++) {
                switch (me % 3) {
                    case 0 -> assertTrue(writes.adjustStock(LAMP, -1));
                    case 1 -> writes.addRating(LAMP, 4);
                    default -> assertTrue(writes.revise(edited("Brass lamp " + i, 3_990)));
                }
            }
            return null;
        });
        Document d = stored();
        assertEquals(1_000 - 4 * 50, d.getInteger("stock"), "every sale kept, the edits' stale stock never written");
        assertEquals(4 * 50, d.getInteger("ratingCount"));
        assertEquals(4L * 50 * 4, d.get("ratingTotal", Number.class).longValue());
        assertEquals(3_990L, d.get("priceCents", Number.class).longValue(), "the edited fields are written");
        assertTrue(d.get("name", Document.class).getString("en").startsWith("Brass lamp"));
        assertEquals(null, d.get("name", Document.class).getString("fr"), "no fallback text stored");
        assertEquals("brass", d.get("attributes", Document.class).getString("colour"));
        assertEquals(List.of("img-1"), d.getList("imageIds", String.class), "photos not named stay");
    }

    @Test
    void conditionalTakesNeverOversell() throws Exception {
        writes.setStock(LAMP, 50);
        AtomicInteger n = new AtomicInteger();
        List<Integer> taken = concurrently(16, () -> {
            int mine = 0;
            for (int i = 0; i < 10; i++) {
                if (writes.take(LAMP, 1, "VT-" + n.incrementAndGet() + ":take", T)) {
                    mine++;
                }
            }
            return mine;
        });
        assertEquals(50, taken.stream().mapToInt(Integer::intValue).sum());
        assertEquals(0, stored().getInteger("stock"));
        assertEquals(50, writes.holdsBefore(T.plusSeconds(1)).size(), "each take recorded by its hold");
    }

    @Test
    void aTakeRetriedWithItsKeyTakesOnceAndARaceOfReleasesGivesBackOnce() throws Exception {
        List<Boolean> takes = concurrently(8, () -> writes.take(LAMP, 3, "VT-00000001:take", T));
        assertTrue(takes.stream().allMatch(b -> b), "every retry answers 'taken'");
        assertEquals(997, stored().getInteger("stock"), "taken once");

        List<Boolean> releases = concurrently(8, () -> writes.release(LAMP, "VT-00000001:take", 3));
        assertEquals(1, releases.stream().filter(b -> b).count(), "one release gave the units back");
        assertEquals(1_000, stored().getInteger("stock"));
        assertTrue(writes.holdsBefore(T.plusSeconds(60)).isEmpty());
    }

    @Test
    void returnsUnderOneHoldCountOnceAndSettlingKeepsTheStock() throws Exception {
        concurrently(8, () -> {
            writes.giveBack(LAMP, 2, "VT-00000002:return", T);
            return null;
        });
        assertEquals(1_002, stored().getInteger("stock"));
        writes.settle(LAMP, "VT-00000002:return");
        assertEquals(1_002, stored().getInteger("stock"));
        assertTrue(writes.holdsBefore(T.plusSeconds(60)).isEmpty());
    }

    @Test
    void concurrentPhotoUploadsAreAllKeptWhateverTheListWas() throws Exception {
        products.insertOne(new Document("_id", "bare").append("imageIds", null));
        products.insertOne(new Document("_id", "none"));
        // what JNoSQL writes for a product saved with no photos: an empty document, not an array
        products.insertOne(new Document("_id", "jnosql").append("imageIds", new Document()));
        for (String id : List.of("lamp", "bare", "none", "jnosql")) {
            AtomicInteger n = new AtomicInteger();
            concurrently(8, () -> writes.addImage(new ProductId(id), id + "-photo-" + n.incrementAndGet()));
            List<String> images = products.find(Filters.eq("_id", id)).first().getList("imageIds", String.class);
            assertEquals(id.equals("lamp") ? 9 : 8, images.size(), id + ": " + images);
        }
        assertFalse(writes.addImage(new ProductId("nope"), "x"));
    }

    @Test
    void stockNeverGoesNegativeAndTakesFailOnUnknownProducts() {
        assertFalse(writes.adjustStock(LAMP, -1_001));
        assertFalse(writes.take(new ProductId("nope"), 1, "VT-00000003:take", T));
        assertFalse(writes.revise(Product.builder(new ProductId("nope")).seller("aubert").name(LocalizedText.of("x", null))
                .category("home", "lighting").price(Money.euros(100)).build()));
        assertEquals(1_000, stored().getInteger("stock"));
    }
}
