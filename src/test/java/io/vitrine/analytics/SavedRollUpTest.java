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
import io.vitrine.platform.startup.Snapshots;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The roll-up saved by one start and gone on from by the next: every stored event counted once, whether it was
 * recorded before, while the roll-up read, while it saved, or after; and the restarted cube is the cube of one full
 * read. Events are "recorded" as the shop does: stored then announced (a partner's batch), or announced then stored
 * later (a page's event, through the write batcher).
 */
class SavedRollUpTest {

    final EmbeddedMongoForTests mongo = new EmbeddedMongoForTests();
    final MongoDatabase db = mongo.database();
    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    final Period days = Period.lastDays(3, LocalDate.ofInstant(now, ZoneOffset.UTC));
    final InMemoryProductRepository catalogue = new InMemoryProductRepository();

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void eventsRecordedWhileTheRollUpReadsAndSavesAreCountedOnceAfterARestart() throws Exception {
        catalogue.save(Product.builder(new ProductId("a1")).seller("alpha").name(LocalizedText.of("Lamp", null))
                .category("home", "lamps").price(Money.euros(10_000)).stock(5).build());
        store(view("old", now.minus(2, ChronoUnit.DAYS)));
        Interaction inOverlap = view("overlap", now.minus(1, ChronoUnit.MINUTES));
        store(inOverlap); // announced only after the roll-up (a slow partner call): the read counts it

        List<Interaction> storeAfterRollUp = new ArrayList<>();
        AnalyticsService first = service();
        List<Runnable> duringRead = new ArrayList<>();
        first.products = catalogueDuring(duringRead);
        duringRead.add(() -> {
            // a partner's back-fill, stored then announced: the read meets it too
            Interaction met = view("backfill-met", now.minus(1, ChronoUnit.DAYS));
            store(met);
            first.onEvents(new EventsRecorded(List.of(met)));
            // a back-fill announced now, stored after the read (batcher): the read does not meet it
            Interaction later = view("backfill-later", now.minus(1, ChronoUnit.DAYS));
            first.onEvents(new EventsRecorded(List.of(later)));
            storeAfterRollUp.add(later);
            // a page view of half a minute ago, stored after the read: dated before the cutoff, in the overlap
            Interaction page = view("page", Instant.now().minusSeconds(30));
            first.onEvents(new EventsRecorded(List.of(page)));
            storeAfterRollUp.add(page);
            // a view of now (after the cutoff), stored and announced
            Interaction fresh = view("fresh", Instant.now().plusMillis(2));
            store(fresh);
            first.onEvents(new EventsRecorded(List.of(fresh)));
        });
        first.snapshots = new Snapshots(db) {
            @Override
            public void save(String name, int format, Writer writer) throws IOException {
                // a back-fill while the roll-up is being saved: stored and announced
                Interaction whileSaving = view("backfill-saving", now.minus(1, ChronoUnit.DAYS));
                store(whileSaving);
                first.onEvents(new EventsRecorded(List.of(whileSaving)));
                super.save(name, format, writer);
            }
        };

        AnalyticsService.RollUp rolled = first.rollUp();
        assertTrue(rolled.full());
        storeAfterRollUp.forEach(SavedRollUpTest.this::store);
        first.onEvents(new EventsRecorded(List.of(inOverlap)));
        Interaction after = view("backfill-after", now.minus(1, ChronoUnit.DAYS));
        store(after);
        first.onEvents(new EventsRecorded(List.of(after)));
        first.snapshots = new Snapshots(db);
        first.saveOnShutdown(null); // the two back-fills counted since the save

        Thread.sleep(10); // the fresh view is dated a little ahead: before the next cutoff
        AnalyticsService second = service();
        second.products = catalogue;
        AnalyticsService.RollUp restarted = second.rollUp();

        assertTrue(restarted.restored());
        assertFalse(restarted.full());
        // read since the overlap before the first cutoff: the page view and the fresh view; "overlap" skipped
        assertEquals(2, restarted.report().counted());
        // old, overlap, backfill-met, backfill-later, page, fresh, backfill-saving, backfill-after
        assertEquals(8, views(second));
        SalesCube full = new SalesCube();
        catalogue.streamAll().forEach(p -> full.product(SalesCube.ProductInfo.of(p)));
        new RollupReader(db).read(full, Instant.now().plusSeconds(1));
        assertEquals(8, full.figures(Scope.SHOP, days).views());
        SalesCube saved = new Snapshots(db).load(RollUpSnapshot.NAME, RollUpSnapshot.FORMAT, RollUpSnapshot::read)
                .orElseThrow().cube();
        assertArrayEquals(RollUpSnapshotTest.bytes(full), RollUpSnapshotTest.bytes(saved));
    }

    @Test
    void aSnapshotOfAnotherFormatMakesTheRollUpReadEveryEvent() throws IOException {
        catalogue.save(Product.builder(new ProductId("a1")).seller("alpha").name(LocalizedText.of("Lamp", null))
                .category("home", "lamps").price(Money.euros(10_000)).stock(5).build());
        store(view("old", now.minus(2, ChronoUnit.DAYS)));
        new Snapshots(db).save(RollUpSnapshot.NAME, RollUpSnapshot.FORMAT + 1, out -> out.writeLong(42));

        AnalyticsService service = service();
        service.products = catalogue;
        AnalyticsService.RollUp rolled = service.rollUp();

        assertFalse(rolled.restored());
        assertTrue(rolled.full());
        assertEquals(1, views(service));
        assertTrue(new Snapshots(db).load(RollUpSnapshot.NAME, RollUpSnapshot.FORMAT, RollUpSnapshot::read).isPresent(),
                "saved again in the current format");
    }

    private AnalyticsService service() {
        AnalyticsService s = new AnalyticsService();
        s.mongo = new MongoConnection() {
            @Override
            public MongoDatabase database() {
                return db;
            }
        };
        return s;
    }

    /** The catalogue, running {@code during} when the roll-up reads it: after the roll-up began, before its scan. */
    private InMemoryProductRepository catalogueDuring(List<Runnable> during) {
        return new InMemoryProductRepository() {
            @Override
            public synchronized Stream<Product> streamAll() {
                during.forEach(Runnable::run);
                during.clear();
                return catalogue.streamAll();
            }
        };
    }

    private static Interaction view(String user, Instant at) {
        return Interaction.of(InteractionType.VIEW, user, "a1", at);
    }

    private void store(Interaction e) {
        db.getCollection("events").insertOne(new Document("_id", e.id()).append("type", e.type().name())
                .append("userId", e.userId()).append("productId", e.productId().orElseThrow())
                .append("occurredAt", e.occurredAt().toEpochMilli()).append("quantity", 0));
    }

    private long views(AnalyticsService service) {
        return service.figures(AnalyticsServiceTest.ADMIN, Optional.empty(), days).views();
    }
}
