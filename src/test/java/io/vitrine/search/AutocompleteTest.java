package io.vitrine.search;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vitrine.catalog.Product;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutocompleteTest {

    private static SearchEngine engine;

    @BeforeAll
    static void index() {
        engine = Fixtures.engine(SearchConfig.inMemory());
        engine.useLabels(CatalogLabels.fromIds());
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static List<String> texts(String prefix) {
        return engine.suggest(prefix, "en", 5).stream().map(Suggestion::text).toList();
    }

    @Test
    void aWordInsideTheTitleIsEnough() {
        assertEquals("Apple iPhone 13", texts("iphon").get(0));
        assertEquals("Apple iPhone 13", texts("apple iph").get(0));
    }

    @Test
    void typosAreForgiven() {
        assertTrue(texts("iphne").contains("Apple iPhone 13"), texts("iphne").toString());
        assertTrue(texts("samsnug").contains("Samsung Galaxy S21"), texts("samsnug").toString());
    }

    @Test
    void brandsAndCategoriesAreSuggestedOncePerValue() {
        List<Suggestion> basic = engine.suggest("basi", "en", 5);
        assertTrue(basic.contains(new Suggestion("Basic", Suggestion.Kind.BRAND, "Basic")), basic.toString());
        assertEquals(1, basic.stream().filter(s -> s.kind() == Suggestion.Kind.BRAND).count());
        List<Suggestion> foot = engine.suggest("footw", "en", 5);
        assertTrue(foot.contains(new Suggestion("footwear", Suggestion.Kind.CATEGORY, "footwear")), foot.toString());
        List<Suggestion> sneak = engine.suggest("sneak", "en", 5);
        assertTrue(sneak.stream().anyMatch(s -> s.kind() == Suggestion.Kind.SUB_CATEGORY && s.value().equals("sneakers")), sneak.toString());
    }

    @Test
    void aBrandIsSuggestedOnceWhileAProductCarriesIt() {
        try (SearchEngine e = Fixtures.engine(SearchConfig.inMemory())) {
            e.upsert(kettle("Zephyrine", 2_000), ProductSignals.NONE);
            e.upsert(kettle("Zephyrine", 2_100), ProductSignals.NONE); // a revision that keeps the brand
            e.upsert(kettle("Zephyrine", 2_200), ProductSignals.NONE);
            assertEquals(List.of(new Suggestion("Zephyrine", Suggestion.Kind.BRAND, "Zephyrine")), brands(e, "zephyr"));
            e.upsert(kettle("Quillon", 2_200), ProductSignals.NONE); // the only product of that brand leaves it
            assertEquals(List.of(), brands(e, "zephyr"));
            assertEquals(List.of(new Suggestion("Quillon", Suggestion.Kind.BRAND, "Quillon")), brands(e, "quillon"));
            e.delete(new ProductId("k1"));
            assertEquals(List.of(), brands(e, "quillon"));
        }
    }

    private static Product kettle(String brand, long cents) {
        return Product.builder(new ProductId("k1")).seller("home-shop").name(LocalizedText.same("Steel Kettle")).brand(brand)
                .category("kitchen", "kettles").price(Money.euros(cents)).build();
    }

    private static List<Suggestion> brands(SearchEngine e, String prefix) {
        return e.suggest(prefix, "en", 5).stream().filter(s -> s.kind() == Suggestion.Kind.BRAND).toList();
    }

    @Test
    void frenchNamesAreSuggestedInFrench() {
        assertEquals("L'écharpe en laine", engine.suggest("echarp", "fr", 5).get(0).text());
    }

    @Test
    void blankInputSuggestsNothing() {
        assertTrue(texts("").isEmpty());
        assertTrue(texts("   ").isEmpty());
        assertTrue(engine.suggest("iphone", "en", 0).isEmpty());
    }

    @Test
    void aBatchSuggestsWhatOneProductAtATimeDoes() {
        // the second round moves p07 from Basic to Sony and p04 to another sub-category: counts and entries follow
        List<Product> moved = List.of(
                Fixtures.product("p07", "Cotton Skirt", "Jupe en coton", "Sony", "clothing", "skirts", 2_499, "Blue", 5),
                Fixtures.product("p04", "Adidas Leather Trainers", "Baskets en cuir Adidas", "Adidas", "footwear", "boots", 7_999, "White", 2));
        try (SearchEngine single = new SearchEngine(SearchConfig.inMemory());
             SearchEngine batch = new SearchEngine(SearchConfig.inMemory())) {
            Fixtures.catalogue().forEach(p -> single.upsert(p, Fixtures.signals(p)));
            moved.forEach(p -> single.upsert(p, Fixtures.signals(p)));
            batch.upsertAll(Fixtures.catalogue(), id -> Fixtures.signals(Fixtures.catalogue().stream()
                    .filter(p -> p.id().equals(id)).findFirst().orElseThrow()));
            batch.upsertAll(moved, id -> ProductSignals.NONE);

            for (String prefix : List.of("basi", "son", "sneak", "boot", "footw", "cloth", "mug", "appl", "cotton")) {
                // as sets: entries of equal weight may come in either order (their documents were written in another order)
                assertEquals(Set.copyOf(single.suggest(prefix, "en", 10)), Set.copyOf(batch.suggest(prefix, "en", 10)), prefix);
            }
            // Basic is behind one product now, Sony behind two: the weights moved with them
            assertEquals(List.of("Basic"), batch.suggest("basi", "en", 10).stream()
                    .filter(s -> s.kind() == Suggestion.Kind.BRAND).map(Suggestion::text).toList());
            assertEquals(single.search(SearchRequest.of("sony")).total(), batch.search(SearchRequest.of("sony")).total());
        }
    }

    @Test
    void answersWellUnderTenMilliseconds() {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 50; i++) {
            long t = System.nanoTime();
            engine.suggest(i % 2 == 0 ? "iphon" : "samsnug", "en", 8);
            best = Math.min(best, System.nanoTime() - t);
        }
        // best of 50 on a shared CI machine: the benchmark reports p50/p99 at 100,000 products
        assertTrue(best < 10_000_000, "best " + best / 1e6 + " ms");
    }
}
