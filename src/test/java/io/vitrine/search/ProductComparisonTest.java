package io.vitrine.search;

import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductComparisonTest {

    private final ProductComparison comparison = new ProductComparison();
    private final List<Product> all = Fixtures.catalogue();

    private Product p(String id) {
        return all.stream().filter(x -> x.id().value().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void alignsTheUnionOfAttributesAndMarksDifferences() {
        Comparison c = comparison.compare(List.of(p("p01"), p("p02"), p("p03")));
        assertEquals(List.of(new ProductId("p01"), new ProductId("p02"), new ProductId("p03")), c.products());
        assertEquals(List.of("price", "rating", "brand", "stock", "category", "attribute:colour", "attribute:storage"),
                c.rows().stream().map(Comparison.Row::key).toList());
        Comparison.Row storage = c.row("attribute:storage").orElseThrow();
        assertEquals(List.of(Optional.of("128 GB"), Optional.of("256 GB"), Optional.empty()), storage.values());
        assertTrue(storage.differs());
        assertEquals(List.of(Optional.of("4.5 (10)"), Optional.of("4.0 (4)"), Optional.empty()), c.row("rating").orElseThrow().values());
        assertEquals(Optional.of("out of stock"), c.row("stock").orElseThrow().values().get(1));
    }

    @Test
    void sameValuesDoNotDiffer() {
        Comparison c = comparison.compare(List.of(p("p06"), p("p07")));
        assertFalse(c.row("brand").orElseThrow().differs());
        assertTrue(c.row("price").orElseThrow().differs());
    }

    @Test
    void namesTheCheapestAndTheBestRatedWithTies() {
        Comparison c = comparison.compare(List.of(p("p01"), p("p02"), p("p09")));
        assertEquals(List.of(new ProductId("p09")), c.cheapest());
        assertEquals(List.of(new ProductId("p01")), c.bestRated());
        Product twin = Product.builder(new ProductId("p99")).seller("x").name(p("p09").name()).category("kitchen", "mugs")
                .price(Money.euros(499)).build();
        Comparison tie = comparison.compare(List.of(p("p09"), twin));
        assertEquals(List.of(new ProductId("p09"), new ProductId("p99")), tie.cheapest());
        assertTrue(tie.bestRated().isEmpty()); // nobody rated
    }

    @Test
    void mixedCurrenciesHaveNoCheapest() {
        Product dollars = Product.builder(new ProductId("usd")).seller("x").name(p("p09").name()).category("kitchen", "mugs")
                .price(new Money(100, "USD")).build();
        assertTrue(comparison.compare(List.of(p("p09"), dollars)).cheapest().isEmpty());
    }

    @Test
    void refusesTooFewTooManyAndDuplicates() {
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class, () -> comparison.compare(List.of(p("p01"))));
        assertEquals("a comparison takes 2 to 4 products, got 1", one.getMessage());
        assertThrows(IllegalArgumentException.class, () -> comparison.compare(all.subList(0, 5)));
        assertThrows(IllegalArgumentException.class, () -> comparison.compare(List.of()));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> comparison.compare(List.of(p("p01"), p("p02"), p("p01"))));
        assertEquals("product p01 appears twice in the comparison", twice.getMessage());
        assertEquals(4, comparison.compare(all.subList(0, 4)).products().size());
    }
}
