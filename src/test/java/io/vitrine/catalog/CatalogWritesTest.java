package io.vitrine.catalog;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.vitrine.platform.EmbeddedMongoForTests;
import io.vitrine.platform.security.Caller;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

import static io.vitrine.platform.EmbeddedMongoForTests.concurrently;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link CatalogService}'s edits, stock changes and ratings as they reach the stored product (embedded database). */
class CatalogWritesTest {

    private static final ProductId LAMP = new ProductId("lamp");
    private static final Caller AUBERT = new Caller(Caller.Kind.SELLER, "seller@aubert.fr", Optional.of("aubert"));

    private EmbeddedMongoForTests mongo;
    private MongoCollection<Document> stored;
    private CatalogService catalog;

    @BeforeEach
    void shop() {
        mongo = new EmbeddedMongoForTests();
        stored = mongo.database().getCollection("products");
        InMemoryProductRepository products = new InMemoryProductRepository();
        products.save(Product.builder(LAMP).seller("aubert").name(LocalizedText.of("Lamp", null)).category("home", "lighting")
                .price(Money.euros(2_000)).stock(7).ratings(2, 9).build());
        stored.insertOne(new Document("_id", "lamp").append("sellerId", "aubert").append("stock", 7)
                .append("ratingCount", 2).append("ratingTotal", 9L).append("priceCents", 2_000L));
        InMemoryCategoryRepository categories = new InMemoryCategoryRepository();
        categories.save(new Category("home", LocalizedText.of("Home", "Maison"), 1,
                List.of(new SubCategory("lighting", LocalizedText.of("Lighting", "Luminaires")))));
        catalog = new CatalogService();
        catalog.products = products;
        catalog.categories = categories;
        catalog.writes = new ProductWrites(mongo.database());
        catalog.changes = new Ignored<>();
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private Document lamp() {
        return stored.find(Filters.eq("_id", "lamp")).first();
    }

    private static ProductDraft draft(String price, Integer stock) {
        return new ProductDraft("lamp", "aubert", "Brass lamp", null, null, null, "home", "lighting", null, Map.of(),
                new BigDecimal(price), "EUR", stock);
    }

    @Test
    void anEditWithoutStockKeepsTheStockAndTheRatings() {
        catalog.revise(AUBERT, LAMP, draft("39.90", null));
        assertEquals(7, lamp().getInteger("stock"), "a PUT without stock no longer sets it to 0");
        assertEquals(2, lamp().getInteger("ratingCount"));
        assertEquals(3_990L, lamp().get("priceCents", Number.class).longValue());

        catalog.revise(AUBERT, LAMP, draft("39.90", 12));
        assertEquals(12, lamp().getInteger("stock"), "a named stock is the seller's count on hand");
    }

    @Test
    void theSellerPageMovesTheStockByTheSellersChange() {
        catalog.adjustStock(AUBERT, LAMP, 3);
        assertEquals(10, lamp().getInteger("stock"));
        assertThrows(OutOfStockException.class, () -> catalog.adjustStock(AUBERT, LAMP, -11));
        assertEquals(10, lamp().getInteger("stock"));
    }

    @Test
    void aShopperRatesAProductOnceEvenFromRacingTabs() throws Exception {
        AtomicInteger refused = new AtomicInteger();
        concurrently(8, () -> {
            try {
                catalog.rate(LAMP, "anon:web-1", 5);
            } catch (AlreadyRatedException once) {
                refused.incrementAndGet();
            }
            return null;
        });
        assertEquals(7, refused.get());
        catalog.rate(LAMP, "ada@example.org", 1);
        assertEquals(4, lamp().getInteger("ratingCount"));
        assertEquals(9L + 5 + 1, lamp().get("ratingTotal", Number.class).longValue());
    }

    private static final class Ignored<T> implements Event<T> {
        @Override
        public void fire(T event) {
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<T> select(java.lang.annotation.Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, java.lang.annotation.Annotation... qualifiers) {
            return new Ignored<>();
        }

        @Override
        public <U extends T> Event<U> select(jakarta.enterprise.util.TypeLiteral<U> subtype, java.lang.annotation.Annotation... qualifiers) {
            return new Ignored<>();
        }
    }
}
