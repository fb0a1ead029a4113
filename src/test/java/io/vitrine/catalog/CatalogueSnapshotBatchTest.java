package io.vitrine.catalog;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link CatalogueSnapshot#with} given a whole batch at once (an import's): every list in every order is the one a
 * snapshot built from scratch on the same products has, whether products are added, moved, left in place or deleted.
 */
class CatalogueSnapshotBatchTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String[] SUBS = {"lamps", "rugs", "mugs"};

    private static Product product(Random random, int id, long cents) {
        String sub = SUBS[random.nextInt(SUBS.length)];
        int ratings = random.nextInt(4);
        return Product.builder(new ProductId("p" + id)).seller("s" + random.nextInt(3)).name(LocalizedText.of("Name " + random.nextInt(50), null))
                .category(sub.equals("mugs") ? "kitchen" : "home", sub).price(Money.euros(cents)).stock(random.nextInt(5))
                .ratings(ratings, 4L * ratings).createdAt(NOW.minusSeconds(random.nextInt(1_000_000))).build();
    }

    private static List<String> list(CatalogueSnapshot s, ProductQuery q) {
        return s.find(q).items().stream().map(p -> p.id().value()).toList();
    }

    @Test
    void aBatchGivesTheListsAFreshBuildWouldGive() {
        Random random = new Random(7);
        Map<String, Product> shop = new LinkedHashMap<>();
        for (int i = 0; i < 2_000; i++) {
            Product p = product(random, i, 100 + random.nextInt(5_000));
            shop.put(p.id().value(), p);
        }
        CatalogueSnapshot snapshot = CatalogueSnapshot.of(shop.values(), 1, NOW);

        List<Product> changed = new ArrayList<>();
        for (int i = 2_000; i < 2_150; i++) { // new products
            changed.add(product(random, i, 100 + random.nextInt(5_000)));
        }
        for (int i = 0; i < 60; i += 3) { // moved (price), unmoved (stock only) products
            Product old = shop.get("p" + i);
            changed.add(i % 2 == 0 ? product(new Random(i), i, old.price().cents() + 7) : old);
        }
        List<ProductId> deleted = List.of(new ProductId("p1"), new ProductId("p4"), new ProductId("p2001"));
        changed.forEach(p -> shop.put(p.id().value(), p));
        deleted.forEach(id -> shop.remove(id.value()));
        CatalogueSnapshot batched = snapshot.with(changed, deleted, 2, NOW);
        CatalogueSnapshot fresh = CatalogueSnapshot.of(shop.values(), 2, NOW);

        assertEquals(fresh.size(), batched.size());
        for (ProductQuery.Sort sort : ProductQuery.Sort.values()) {
            List<ProductQuery> queries = new ArrayList<>();
            queries.add(new ProductQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), sort, 0, 100));
            queries.add(new ProductQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), sort, 13, 100));
            for (String sub : SUBS) {
                queries.add(new ProductQuery(Optional.empty(), Optional.of(sub), Optional.empty(), Optional.empty(), Optional.empty(), sort, 0, 100));
            }
            queries.add(new ProductQuery(Optional.of("kitchen"), Optional.empty(), Optional.of("s1"), Optional.empty(), Optional.empty(), sort, 1, 50));
            for (ProductQuery q : queries) {
                assertEquals(list(fresh, q), list(batched, q), sort + " " + q);
                assertEquals(fresh.find(q).total(), batched.find(q).total(), sort + " " + q);
            }
        }
    }

    @Test
    void newcomersGoInTheirPlacesAtTheEndsBetweenAndSideBySide() {
        long[] cents = {100, 200, 300, 400, 50, 250, 250, 999};
        CatalogueSnapshot.Entry[] slots = new CatalogueSnapshot.Entry[cents.length];
        for (int i = 0; i < cents.length; i++) {
            Product p = Product.builder(new ProductId("p" + i)).seller("s").name(LocalizedText.of("n", null))
                    .category("home", "lamps").price(Money.euros(cents[i])).stock(1).createdAt(NOW).build();
            slots[i] = new CatalogueSnapshot.Entry(p, 1, NOW);
        }
        java.util.Comparator<Product> byPrice = java.util.Comparator.comparingLong(Product::priceCents)
                .thenComparing(Product::idValue);

        int[] merged = CatalogueSnapshot.merged(new int[] {0, 1, 2, 3}, new java.util.HashSet<>(List.of(7, 6, 5, 4)),
                slots, byPrice);

        // 50 first, the two 250s (p5 before p6 by id) between 200 and 300, 999 last
        assertEquals(List.of(4, 0, 1, 5, 6, 2, 3, 7), java.util.Arrays.stream(merged).boxed().toList());
        assertEquals(List.of(4, 5), java.util.Arrays.stream(CatalogueSnapshot.merged(new int[0],
                new java.util.HashSet<>(List.of(5, 4)), slots, byPrice)).boxed().toList(), "into an empty list");
    }
}
