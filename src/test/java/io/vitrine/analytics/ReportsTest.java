package io.vitrine.analytics;

import io.vitrine.catalog.Page;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The figures of {@link Fixture}, worked out by hand. */
class ReportsTest {

    static final Period DAY = new Period(Fixture.DAY, Fixture.DAY);

    /** Checks the hand-computed figures of the fixture; shared with the pipeline test. */
    static void assertFixtureFigures(SalesCube cube) {
        Figures alpha = cube.figures(Scope.seller("alpha"), DAY);
        assertEquals(25_000, alpha.revenueCents());
        assertEquals(2, alpha.orders());
        assertEquals(3, alpha.units());
        assertEquals(3, alpha.views());
        assertEquals(2, alpha.carts());
        assertEquals(2, alpha.purchases());
        assertEquals(12_500.0, alpha.averageOrderCents().orElseThrow(), 1e-9);
        assertEquals(2.0 / 3, alpha.conversion().orElseThrow(), 1e-9);
        assertEquals(0.0, alpha.cartAbandonment().orElseThrow(), 1e-9);
        assertEquals(4.0, alpha.averageRating().orElseThrow(), 1e-9);

        Figures beta = cube.figures(Scope.seller("beta"), DAY);
        assertEquals(8_000, beta.revenueCents());
        assertEquals(1, beta.orders());
        assertEquals(1, beta.views());
        assertEquals(0, beta.carts());
        assertTrue(beta.cartAbandonment().isEmpty(), "no carts, no abandonment rate");

        Figures shop = cube.figures(Scope.SHOP, DAY);
        assertEquals(33_000, shop.revenueCents());
        assertEquals(2, shop.orders(), "the order with both sellers counts once for the shop");

        Dashboard d = Reports.dashboard(cube, Scope.seller("alpha"), DAY);
        assertEquals(List.of(new Dashboard.Slice("similar", 20_000, 0)), d.recommendationRevenue());
        assertEquals(0.8, d.recommendationShare(d.recommendationRevenue().get(0)), 1e-9);
        assertEquals(List.of(new Dashboard.QueryCount("red sneakers", 1)), d.topSearches());
        assertEquals(List.of(new Dashboard.QueryCount("purple unicorn", 1)), d.zeroResultSearches());
    }

    @Test
    void keyFiguresChartsAndAttributionOfTheFixture() {
        assertFixtureFigures(Fixture.live());
    }

    @Test
    void chartsOfOneSellerNeverShowAnotherSellersProducts() {
        Dashboard d = Reports.dashboard(Fixture.live(), Scope.seller("alpha"), DAY);
        assertEquals(List.of("a1", "a2"), d.topProducts().stream().map(Dashboard.ProductFigure::productId).toList());
        assertTrue(d.leastPopular().stream().noneMatch(p -> p.productId().equals("b1")));
        assertEquals(List.of(new Dashboard.Slice("shoes", 25_000, 3)), d.categories());
        assertEquals(List.of(new Dashboard.Slice("shoes/sneakers", 20_000, 2), new Dashboard.Slice("shoes/boots", 5_000, 1)),
                d.subCategories());
        assertArrayEquals(new long[]{0, 0, 0, 1, 0}, d.ratingStars());
        assertEquals(1, d.daily().size());
        assertEquals(new Dashboard.DayPoint(Fixture.DAY, 25_000, 2, 3), d.daily().get(0));
    }

    @Test
    void previousPeriodIsTheSameLengthJustBefore() {
        Period week = Period.lastDays(7, Fixture.DAY.plusDays(7));
        Dashboard d = Reports.dashboard(Fixture.live(), Scope.seller("alpha"), week.previous().previous());
        assertEquals(0, d.current().revenueCents());
        Dashboard after = Reports.dashboard(Fixture.live(), Scope.seller("alpha"), week);
        assertEquals(0, after.current().revenueCents());
        assertEquals(25_000, after.previous().revenueCents(), "the fixture's day falls in the week before");
        assertEquals(Optional.of(-1.0), Figures.change(after.current().revenueCents(), after.previous().revenueCents()));
        assertEquals(7, after.daily().size());
    }

    @Test
    void productRowsCompareWithTheMedianOfTheSubCategory() {
        List<ProductRow> rows = Reports.rows(Fixture.live(), Scope.seller("alpha"), DAY);
        ProductRow a1 = rows.stream().filter(r -> r.productId().equals("a1")).findFirst().orElseThrow();
        assertEquals(Optional.of(8_000L), a1.medianPriceCents());
        assertEquals(0.25, a1.priceVsMedian().orElseThrow(), 1e-9);
        assertEquals(2, a1.views());
        assertEquals(0.5, a1.conversion().orElseThrow(), 1e-9);
        assertEquals(20_000, a1.revenueCents());
        ProductRow a2 = rows.stream().filter(r -> r.productId().equals("a2")).findFirst().orElseThrow();
        assertTrue(a2.hints().contains(new Hint(Hint.Kind.OUT_OF_STOCK, 0)), a2.hints().toString());
        assertEquals(2, rows.size(), "beta's b1 is not alpha's");
    }

    @Test
    void pagingSortingAndFilteringOfRows() {
        List<ProductRow> rows = Reports.rows(Fixture.live(), Scope.SHOP, DAY);
        Page<ProductRow> byRevenue = Reports.page(rows, new Reports.RowQuery(Optional.empty(), Optional.empty(), false,
                ProductRow.SortField.REVENUE, false, 0, 2));
        assertEquals(3, byRevenue.total());
        assertEquals(List.of("a1", "b1"), byRevenue.items().stream().map(ProductRow::productId).toList());
        Page<ProductRow> second = Reports.page(rows, new Reports.RowQuery(Optional.empty(), Optional.empty(), false,
                ProductRow.SortField.REVENUE, false, 2, 2));
        assertEquals(List.of("a2"), second.items().stream().map(ProductRow::productId).toList());
        Page<ProductRow> byText = Reports.page(rows, new Reports.RowQuery(Optional.of(" PRODUIT B"), Optional.empty(),
                false, ProductRow.SortField.NAME, true, 0, 10));
        assertEquals(List.of("b1"), byText.items().stream().map(ProductRow::productId).toList());
        Page<ProductRow> boots = Reports.page(rows, new Reports.RowQuery(Optional.empty(), Optional.of("boots"),
                false, ProductRow.SortField.PRICE, true, 0, 10));
        assertEquals(List.of("a2"), boots.items().stream().map(ProductRow::productId).toList());
        Page<ProductRow> cheapest = Reports.page(rows, new Reports.RowQuery(Optional.empty(), Optional.empty(),
                false, ProductRow.SortField.PRICE, true, 0, 10));
        assertEquals(List.of("a2", "b1", "a1"), cheapest.items().stream().map(ProductRow::productId).toList());
        Page<ProductRow> beyond = Reports.page(rows, new Reports.RowQuery(Optional.empty(), Optional.empty(),
                false, ProductRow.SortField.PRICE, true, 50, 10));
        assertTrue(beyond.items().isEmpty());
        Page<ProductRow> chunk = Reports.page(rows, new Reports.RowQuery(Optional.empty(), Optional.empty(),
                false, ProductRow.SortField.PRICE, true, 1, 500));
        assertEquals(List.of("b1", "a1"), chunk.items().stream().map(ProductRow::productId).toList(), "an offset off the page grid");
        assertEquals(3, beyond.total());
    }

    @Test
    void anOrderIsCountedOnceAndADeletedProductKeepsItsSales() {
        SalesCube cube = Fixture.live();
        Fixture.PlacedOrder first = Fixture.orders().get(0);
        assertFalse(cube.order(first.number(), first.account(), first.at(), first.lines()), "replayed order");
        cube.productRemoved("a1");
        assertEquals(25_000, cube.figures(Scope.seller("alpha"), DAY).revenueCents());
        assertEquals(List.of("a2"), Reports.rows(cube, Scope.seller("alpha"), DAY).stream().map(ProductRow::productId).toList());
    }

    @Test
    void medianIsTheLowerMiddlePrice() {
        assertEquals(java.util.Map.of("shoes/sneakers", 8_000L, "shoes/boots", 5_000L),
                Reports.medianPrices(List.of(Fixture.A1, Fixture.A2, Fixture.B1)));
        assertEquals(java.util.Map.of("shoes/sneakers", 9_000L), Reports.medianPrices(List.of(Fixture.A1, Fixture.B1,
                Fixture.info("c1", "gamma", "sneakers", 9_000, 1))));
    }
}
