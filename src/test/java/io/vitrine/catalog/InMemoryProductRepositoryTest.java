package io.vitrine.catalog;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The double must keep the Mongo repository's semantics, or tests built on it prove nothing. */
class InMemoryProductRepositoryTest {

    private final InMemoryProductRepository repository = new InMemoryProductRepository();

    private static Product product(String id, String sub, String seller, long cents, int daysAgo) {
        return Product.builder(new ProductId(id)).seller(seller).name(LocalizedText.same("Name " + id))
                .category("apparel", sub).price(Money.euros(cents)).createdAt(Instant.parse("2024-06-01T00:00:00Z")
                        .minusSeconds(86_400L * daysAgo)).build();
    }

    @Test
    void filtersSortsAndPagesLikeTheDatabase() {
        repository.saveAll(List.of(product("a", "tops", "s1", 1000, 3), product("b", "tops", "s2", 500, 1),
                product("c", "skirts", "s1", 2000, 2), product("d", "tops", "s1", 1500, 0)));

        Page<Product> newest = repository.find(ProductQuery.all(0, 2));
        assertEquals(4, newest.total());
        assertEquals(List.of("d", "b"), ids(newest));
        assertEquals(List.of("c", "a"), ids(repository.find(ProductQuery.all(1, 2))));

        ProductQuery cheapTopsOfS1 = new ProductQuery(Optional.of("apparel"), Optional.of("tops"), Optional.of("s1"),
                Optional.of(900L), Optional.of(1500L), ProductQuery.Sort.PRICE_ASC, 0, 10);
        Page<Product> page = repository.find(cheapTopsOfS1);
        assertEquals(List.of("a", "d"), ids(page));
        assertEquals(2, page.total());
        assertEquals(List.of("c", "d", "a", "b"), ids(repository.find(new ProductQuery(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), ProductQuery.Sort.PRICE_DESC, 0, 10))));
    }

    @Test
    void ratingsAddUpToTheAverage() {
        repository.save(product("a", "tops", "s1", 1000, 0));
        repository.addRating(new ProductId("a"), 5);
        repository.addRating(new ProductId("a"), 2);

        Product rated = repository.find(new ProductId("a")).orElseThrow();
        assertEquals(2, rated.ratingCount());
        assertEquals(3.5, rated.averageRating().orElseThrow(), 1e-9);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> repository.addRating(new ProductId("a"), 6));
    }

    @Test
    void storesCopiesAndInsertsOnlyNewIds() {
        Product p = product("a", "tops", "s1", 1000, 0);
        p.restock(5);
        repository.save(p);
        p.reserve(5);
        assertEquals(5, repository.find(new ProductId("a")).orElseThrow().stock(), "unsaved changes are not stored");
        assertNotSame(repository.find(new ProductId("a")).orElseThrow(), repository.find(new ProductId("a")).orElseThrow());
        assertThrows(IllegalStateException.class, () -> repository.saveAll(List.of(product("a", "tops", "s1", 1, 0))));
        assertEquals(List.of("a"), repository.findAll(List.of(new ProductId("zz"), new ProductId("a"))).stream()
                .map(x -> x.id().value()).toList());
    }

    private static List<String> ids(Page<Product> page) {
        return page.items().stream().map(p -> p.id().value()).toList();
    }
}
