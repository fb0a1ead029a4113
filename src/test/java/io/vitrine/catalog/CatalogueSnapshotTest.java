package io.vitrine.catalog;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link CatalogueSnapshot} on four products whose orders are worked out by hand. */
class CatalogueSnapshotTest {

    private static final Instant DAY = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    //           name       price  day  category / sub-category  seller  ratings
    // a         Charlie    30.00  1    home / lamps             s1      1
    // b         Alpha      10.00  3    home / lamps             s2      5
    // c         Bravo      20.00  2    home / rugs              s1      0
    // d         Delta      10.00  4    fashion / shoes          s2      5
    private static Product product(String id, String name, long cents, int day, String category, String sub, String seller,
                                   int ratings) {
        return Product.builder(new ProductId(id)).seller(seller).name(LocalizedText.of(name, null)).category(category, sub)
                .price(Money.euros(cents)).stock(10).ratings(ratings, 4L * ratings).createdAt(DAY.plusSeconds(86_400L * day)).build();
    }

    private static Product a() {
        return product("a", "Charlie", 3_000, 1, "home", "lamps", "s1", 1);
    }

    private static Product b() {
        return product("b", "Alpha", 1_000, 3, "home", "lamps", "s2", 5);
    }

    private static Product c() {
        return product("c", "Bravo", 2_000, 2, "home", "rugs", "s1", 0);
    }

    private static Product d() {
        return product("d", "Delta", 1_000, 4, "fashion", "shoes", "s2", 5);
    }

    private static CatalogueSnapshot shop() {
        return CatalogueSnapshot.of(List.of(a(), b(), c(), d()), 1, NOW);
    }

    private static ProductQuery query(ProductQuery.Sort sort) {
        return new ProductQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), sort, 0, 20);
    }

    private static List<String> ids(Page<Product> page) {
        return page.items().stream().map(p -> p.id().value()).toList();
    }

    @Test
    void everySortOrderIsTheDatabasesWithTiesById() {
        CatalogueSnapshot s = shop();
        assertEquals(List.of("d", "b", "c", "a"), ids(s.find(query(ProductQuery.Sort.NEWEST))));
        assertEquals(List.of("b", "d", "c", "a"), ids(s.find(query(ProductQuery.Sort.PRICE_ASC))));
        assertEquals(List.of("a", "c", "b", "d"), ids(s.find(query(ProductQuery.Sort.PRICE_DESC))));
        assertEquals(List.of("b", "c", "a", "d"), ids(s.find(query(ProductQuery.Sort.NAME))));
        assertEquals(List.of("b", "d", "a", "c"), ids(s.find(query(ProductQuery.Sort.RATING))));
        assertEquals(4, s.find(query(ProductQuery.Sort.NEWEST)).total());
    }

    @Test
    void filtersNarrowTheListAndCountOnlyTheMatches() {
        CatalogueSnapshot s = shop();
        ProductQuery all = query(ProductQuery.Sort.NEWEST);
        Page<Product> home = s.find(all.inCategory("home"));
        assertEquals(List.of("b", "c", "a"), ids(home));
        assertEquals(3, home.total());
        assertEquals(List.of("b", "a"), ids(s.find(new ProductQuery(Optional.empty(), Optional.of("lamps"), Optional.empty(),
                Optional.empty(), Optional.empty(), ProductQuery.Sort.PRICE_ASC, 0, 20))));
        assertEquals(List.of("d", "b"), ids(s.find(all.ofSeller("s2"))));
        Page<Product> tenToTwenty = s.find(new ProductQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(1_000L), Optional.of(2_000L), ProductQuery.Sort.NEWEST, 0, 20));
        assertEquals(List.of("d", "b", "c"), ids(tenToTwenty));
        assertEquals(3, tenToTwenty.total());
        Page<Product> cheapAtHome = s.find(new ProductQuery(Optional.of("home"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(1_500L), ProductQuery.Sort.NEWEST, 0, 20));
        assertEquals(List.of("b"), ids(cheapAtHome));
        assertEquals(1, cheapAtHome.total());
        assertEquals(List.of(), ids(s.find(all.inCategory("garden"))));
        assertEquals(0, s.find(all.inCategory("garden")).total());
        assertEquals(List.of(), ids(s.find(all.inCategory("home").ofSeller("s3"))));
    }

    @Test
    void pagesAreSlicesOfTheOrder() {
        CatalogueSnapshot s = shop();
        Page<Product> second = s.find(ProductQuery.all(1, 2));
        assertEquals(List.of("c", "a"), ids(second));
        assertEquals(4, second.total());
        Page<Product> beyond = s.find(ProductQuery.all(7, 2));
        assertEquals(List.of(), ids(beyond));
        assertEquals(4, beyond.total());
        Page<Product> filteredSecond = s.find(ProductQuery.all(1, 1).inCategory("home").ofSeller("s1"));
        assertEquals(List.of("a"), ids(filteredSecond), "home and s1, newest first: c then a");
        assertEquals(2, filteredSecond.total());
    }

    @Test
    void findAllKeepsTheCallersOrderOnceAndSkipsUnknownIds() {
        CatalogueSnapshot s = shop();
        List<Product> found = s.findAll(List.of(new ProductId("c"), new ProductId("x"), new ProductId("a"), new ProductId("c")));
        assertEquals(List.of("c", "a"), found.stream().map(p -> p.id().value()).toList());
        assertEquals(List.of("a", "b", "c", "d"), s.all().stream().map(p -> p.id().value()).toList());
    }

    @Test
    void aStockChangeSwapsTheProductAndLeavesTheOldSnapshotAsItWas() {
        CatalogueSnapshot before = shop();
        Product sold = product("a", "Charlie", 3_000, 1, "home", "lamps", "s1", 1);
        sold.reserve(4);
        CatalogueSnapshot after = before.with(List.of(sold), List.of(), 2, NOW.plusSeconds(5));
        assertEquals(6, after.find(new ProductId("a")).orElseThrow().stock());
        assertEquals(10, before.find(new ProductId("a")).orElseThrow().stock());
        assertEquals(2, after.version());
        assertEquals(2, after.entry(new ProductId("a")).orElseThrow().version());
        assertEquals(1, after.entry(new ProductId("b")).orElseThrow().version());
        assertEquals(NOW.plusSeconds(5), after.entry(new ProductId("a")).orElseThrow().changedAt());
        assertEquals(List.of("a", "c", "b", "d"), ids(after.find(query(ProductQuery.Sort.PRICE_DESC))));
    }

    @Test
    void aPriceOrCategoryChangeMovesTheProductInItsOrders() {
        CatalogueSnapshot before = shop();
        CatalogueSnapshot cheaper = before.with(List.of(product("c", "Bravo", 500, 2, "home", "rugs", "s1", 0)), List.of(), 2, NOW);
        assertEquals(List.of("c", "b", "d", "a"), ids(cheaper.find(query(ProductQuery.Sort.PRICE_ASC))));
        assertEquals(List.of("b", "d", "c", "a"), ids(before.find(query(ProductQuery.Sort.PRICE_ASC))));

        CatalogueSnapshot moved = cheaper.with(List.of(product("a", "Charlie", 3_000, 1, "fashion", "shoes", "s1", 1)),
                List.of(), 3, NOW);
        assertEquals(List.of("b", "c"), ids(moved.find(query(ProductQuery.Sort.NEWEST).inCategory("home"))));
        assertEquals(List.of("d", "a"), ids(moved.find(query(ProductQuery.Sort.NEWEST).inCategory("fashion"))));
        assertEquals(List.of("b"), ids(moved.find(new ProductQuery(Optional.empty(), Optional.of("lamps"), Optional.empty(),
                Optional.empty(), Optional.empty(), ProductQuery.Sort.NAME, 0, 20))));
        assertEquals(List.of("b", "c", "a", "d"), ids(moved.find(query(ProductQuery.Sort.NAME))));
    }

    @Test
    void aNewProductIsListedAndADeletedOneIsGone() {
        CatalogueSnapshot s = shop().with(List.of(product("e", "Echo", 100, 5, "home", "lamps", "s3", 0)),
                List.of(new ProductId("b")), 2, NOW);
        assertEquals(List.of("e", "d", "c", "a"), ids(s.find(query(ProductQuery.Sort.NEWEST))));
        assertEquals(4, s.size());
        assertTrue(s.find(new ProductId("b")).isEmpty());
        assertEquals(List.of("e", "a"), ids(s.find(new ProductQuery(Optional.empty(), Optional.of("lamps"), Optional.empty(),
                Optional.empty(), Optional.empty(), ProductQuery.Sort.PRICE_ASC, 0, 20))));
        assertEquals(List.of("d"), ids(s.find(query(ProductQuery.Sort.NEWEST).ofSeller("s2"))));
        CatalogueSnapshot none = s.with(List.of(), List.of(new ProductId("d")), 3, NOW);
        assertEquals(List.of(), ids(none.find(query(ProductQuery.Sort.NEWEST).ofSeller("s2"))));
        assertEquals(0, none.find(query(ProductQuery.Sort.NEWEST).ofSeller("s2")).total());
    }

    @Test
    void theSharedCopyRefusesToChange() {
        Product shared = shop().find(new ProductId("a")).orElseThrow();
        assertThrows(IllegalStateException.class, () -> shared.reserve(1));
        Product edited = shared.revisedBy(product("a", "Lamp", 100, 1, "home", "lamps", "s1", 0));
        assertEquals("Lamp", edited.name().en());
        assertEquals("Charlie", shared.name().en());
        assertEquals(1, edited.ratingCount(), "a revision keeps the ratings");
    }

    /** Many small swaps and one large one (which rebuilds) answer like the in-memory repository of the tests. */
    @Test
    void answersLikeTheReferenceRepositoryAfterRandomChanges() {
        Random random = new Random(7);
        InMemoryProductRepository reference = new InMemoryProductRepository();
        CatalogueSnapshot s = CatalogueSnapshot.empty();
        for (int round = 0; round < 40; round++) {
            List<Product> changed = new ArrayList<>();
            List<ProductId> deleted = new ArrayList<>();
            int n = round == 20 ? 150 : 1 + random.nextInt(5);
            for (int i = 0; i < n; i++) {
                String id = "p" + random.nextInt(120);
                if (random.nextInt(6) == 0) {
                    deleted.add(new ProductId(id));
                    reference.delete(new ProductId(id));
                } else {
                    Product p = product(id, "N" + random.nextInt(30), 100L * random.nextInt(20), random.nextInt(9),
                            "c" + random.nextInt(3), "s" + random.nextInt(5), "v" + random.nextInt(4), random.nextInt(4));
                    changed.removeIf(x -> x.id().equals(p.id()));
                    deleted.remove(p.id());
                    changed.add(p);
                }
            }
            changed.removeIf(p -> deleted.contains(p.id()));
            changed.forEach(reference::save);
            s = s.with(changed, deleted, round + 1, NOW);
            for (ProductQuery.Sort sort : ProductQuery.Sort.values()) {
                ProductQuery q = new ProductQuery(Optional.of("c" + random.nextInt(3)).filter(x -> random.nextBoolean()),
                        Optional.of("s" + random.nextInt(5)).filter(x -> random.nextBoolean()),
                        Optional.of("v" + random.nextInt(4)).filter(x -> random.nextBoolean()),
                        Optional.of(100L * random.nextInt(10)).filter(x -> random.nextBoolean()), Optional.empty(), sort,
                        random.nextInt(3), 1 + random.nextInt(10));
                Page<Product> expected = reference.find(q);
                Page<Product> actual = s.find(q);
                assertEquals(ids(expected), ids(actual), q.toString());
                assertEquals(expected.total(), actual.total(), q.toString());
            }
            assertEquals(reference.count(), s.size());
        }
    }
}
