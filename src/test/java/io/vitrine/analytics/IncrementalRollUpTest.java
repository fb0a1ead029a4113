package io.vitrine.analytics;

import com.mongodb.client.MongoDatabase;
import io.vitrine.catalog.InMemoryProductRepository;
import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.events.EventsRecorded;
import io.vitrine.events.Interaction;
import io.vitrine.events.InteractionType;
import io.vitrine.platform.EmbeddedMongoForTests;
import io.vitrine.platform.MongoConnection;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The service's roll-ups on the embedded database: the first reads every event, the next ones only what is dated
 * since, and the figures stay those of the stored events (nothing counted twice by the live path and the read,
 * nothing lost, a partner's back-filled event included).
 */
class IncrementalRollUpTest {

    @Test
    void laterRollUpsReadOnlyWhatCameSinceAndCountEveryStoredEventOnce() throws Exception {
        try (EmbeddedMongoForTests mongo = new EmbeddedMongoForTests()) {
            MongoDatabase db = mongo.database();
            AnalyticsService service = new AnalyticsService();
            service.mongo = new MongoConnection() {
                @Override
                public MongoDatabase database() {
                    return db;
                }
            };
            InMemoryProductRepository products = new InMemoryProductRepository();
            products.save(Product.builder(new ProductId("a1")).seller("alpha").name(LocalizedText.of("Lamp", null))
                    .category("home", "lamps").price(Money.euros(10_000)).stock(5).build());
            service.products = products;
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Period days = Period.lastDays(3, LocalDate.ofInstant(now, ZoneOffset.UTC));

            store(db, service, false, view("first", now.minusSeconds(60)));
            service.rollUp();
            assertEquals(1, views(service, days));

            // after the first roll-up: stored and announced live, then read again by the next roll-up, once
            Thread.sleep(5);
            store(db, service, true, view("second", Instant.now()));
            assertEquals(2, views(service, days));
            service.rollUp();
            assertEquals(2, views(service, days), "the live count and the read do not add up twice");

            // dated before the last roll-up (a back-fill): counted live, kept for the roll-ups that only read later
            store(db, service, true, view("late", now.minus(1, ChronoUnit.DAYS)));
            assertEquals(3, views(service, days));
            service.rollUp();
            assertEquals(3, views(service, days));
            Thread.sleep(5);
            store(db, service, true, view("third", Instant.now()));
            service.rollUp();
            assertEquals(4, views(service, days));
        }
    }

    private static Interaction view(String user, Instant at) {
        return Interaction.of(InteractionType.VIEW, user, "a1", at);
    }

    /** Stores the event as JNoSQL lays it out and, as the shop does, announces it to the live path. */
    private static void store(MongoDatabase db, AnalyticsService service, boolean live, Interaction e) {
        db.getCollection("events").insertOne(new Document("_id", e.id()).append("type", e.type().name())
                .append("userId", e.userId()).append("productId", e.productId().orElseThrow())
                .append("occurredAt", e.occurredAt().toEpochMilli()).append("quantity", 0));
        if (live) {
            service.onEvents(new EventsRecorded(List.of(e)));
        }
    }

    private static long views(AnalyticsService service, Period period) {
        return service.figures(AnalyticsServiceTest.ADMIN, java.util.Optional.empty(), period).views();
    }
}
