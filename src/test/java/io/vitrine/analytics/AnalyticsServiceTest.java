package io.vitrine.analytics;

import io.vitrine.events.Interaction;
import io.vitrine.events.InteractionType;
import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.security.Caller;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may read which figures, on the fixture's cube. */
class AnalyticsServiceTest {

    static final Caller ALPHA = new Caller(Caller.Kind.SELLER, "alpha@example.com", Optional.of("alpha"));
    static final Caller ALPHA_KEY = new Caller(Caller.Kind.PARTNER, "alpha's shop system", Optional.of("alpha"));
    static final Caller PARTNER = new Caller(Caller.Kind.PARTNER, "feed", Optional.empty());
    static final Caller ADMIN = new Caller(Caller.Kind.ADMIN, "admin", Optional.empty());
    static final Period DAY = ReportsTest.DAY;

    final AnalyticsService service = AnalyticsService.over(Fixture.live());

    @Test
    void aSellerReadsOnlyTheirOwnSeller() {
        assertEquals(25_000, service.figures(ALPHA, Optional.empty(), DAY).revenueCents());
        assertEquals(25_000, service.figures(ALPHA, Optional.of("alpha"), DAY).revenueCents());
        assertEquals(25_000, service.figures(ALPHA_KEY, Optional.empty(), DAY).revenueCents());
        assertThrows(AccessDeniedException.class, () -> service.figures(ALPHA, Optional.of("beta"), DAY));
        assertThrows(AccessDeniedException.class, () -> service.dashboard(ALPHA_KEY, Optional.of("beta"), DAY));
        assertThrows(AccessDeniedException.class, () -> service.products(ALPHA, Optional.of("beta"), DAY,
                Reports.RowQuery.firstPage(10)));
        List<String> rows = service.products(ALPHA, Optional.empty(), DAY, Reports.RowQuery.firstPage(10)).items().stream()
                .map(ProductRow::productId).toList();
        assertEquals(List.of("a1", "a2"), rows);
    }

    @Test
    void nobodyElseReadsFiguresButTheAdmin() {
        assertThrows(AccessDeniedException.class, () -> service.figures(Caller.ANONYMOUS, Optional.empty(), DAY));
        assertThrows(AccessDeniedException.class, () -> service.figures(PARTNER, Optional.of("alpha"), DAY));
        assertEquals(33_000, service.figures(ADMIN, Optional.empty(), DAY).revenueCents());
        assertEquals(8_000, service.figures(ADMIN, Optional.of("beta"), DAY).revenueCents());
    }

    @Test
    void liveEventsCountAtOnce() {
        service.record(Interaction.of(InteractionType.VIEW, "u9", "a2", Fixture.at(50)));
        assertEquals(4, service.figures(ALPHA, Optional.empty(), DAY).views());
        assertEquals(1, service.figures(ADMIN, Optional.of("beta"), DAY).views(), "beta's views unchanged");
    }

    @Test
    void catalogueChangesReachTheProductAnalysis() {
        io.vitrine.catalog.InMemoryProductRepository repo = new io.vitrine.catalog.InMemoryProductRepository();
        service.products = repo;
        repo.save(io.vitrine.catalog.Product.builder(new io.vitrine.catalog.ProductId("a1")).seller("alpha")
                .name(io.vitrine.catalog.LocalizedText.of("Product a1", null)).category("shoes", "sneakers")
                .price(io.vitrine.catalog.Money.euros(12_000)).stock(1).build());
        service.onProductChanged(new io.vitrine.catalog.ProductChanged(new io.vitrine.catalog.ProductId("a1"),
                io.vitrine.catalog.ProductChanged.Change.UPDATED));
        service.onProductChanged(new io.vitrine.catalog.ProductChanged(new io.vitrine.catalog.ProductId("a2"),
                io.vitrine.catalog.ProductChanged.Change.DELETED));
        List<ProductRow> rows = service.products(ALPHA, Optional.empty(), DAY, Reports.RowQuery.firstPage(10)).items();
        assertEquals(List.of("a1"), rows.stream().map(ProductRow::productId).toList(), "a2 was deleted");
        assertEquals(12_000, rows.get(0).priceCents(), "the new price");
        assertEquals(25_000, service.figures(ALPHA, Optional.empty(), DAY).revenueCents(), "a2's sales still count");
    }

    @Test
    void figuresBeforeTheFirstRollUpAreUnavailable() {
        assertThrows(AnalyticsUnavailableException.class, () -> new AnalyticsService().figures(ADMIN, Optional.empty(), DAY));
    }

    @Test
    void nextDailyTrainingIsTheNextOccurrenceOfTheTime() {
        Clock before = Clock.fixed(Instant.parse("2026-11-29T02:00:00Z"), ZoneOffset.UTC);
        assertEquals(Instant.parse("2026-11-29T03:30:00Z"), io.vitrine.platform.models.ModelSchedule.nextDaily(3, 30, before));
        Clock after = Clock.fixed(Instant.parse("2026-11-29T03:30:00Z"), ZoneOffset.UTC);
        assertEquals(Instant.parse("2026-11-30T03:30:00Z"), io.vitrine.platform.models.ModelSchedule.nextDaily(3, 30, after));
    }

    @Test
    void progressMovesThroughPhasesAndEpochs() {
        List<String> phases = List.of("reading", "training", "scoring", "saving");
        assertEquals(10, ModelOperations.progress(phases, "reading the catalogue's photos"));
        // training is the second of four bands (31 to 52 %), half its epochs done: 10 + 85 * 1.5 / 4
        assertEquals(42, ModelOperations.progress(phases, "training on 900 photos: epoch 35 of 70, loss 0.4"));
        assertEquals(74, ModelOperations.progress(phases, "saving the model"));
        assertEquals(50, ModelOperations.progress(phases, "something new"));
    }

    @Test
    void aChangeIsRelativeToThePreviousValue() {
        assertEquals(Optional.of(0.5), Figures.change(150, 100));
        assertEquals(Optional.empty(), Figures.change(150, 0));
        assertTrue(Figures.NONE.conversion().isEmpty());
    }
}
