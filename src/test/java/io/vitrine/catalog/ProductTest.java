package io.vitrine.catalog;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductTest {

    static Product lamp(int stock) {
        return Product.builder(new ProductId("lamp-1")).seller("maison-aubert")
                .name(LocalizedText.of("Brass desk lamp", "Lampe de bureau en laiton"))
                .category("home", "lighting").brand("Lumen").attribute("colour", "gold").attribute("size", " ")
                .price(Money.euros(4_990)).stock(stock).build();
    }

    @Test
    void stockNeverGoesNegative() {
        Product p = lamp(2);
        p.reserve(2);
        assertEquals(0, p.stock());
        assertFalse(p.inStock());
        OutOfStockException e = assertThrows(OutOfStockException.class, () -> p.reserve(1));
        assertEquals("lamp-1", e.product().value());
        assertThrows(IllegalArgumentException.class, () -> p.reserve(0));
        p.restock(3);
        assertEquals(3, p.stock());
        assertThrows(IllegalArgumentException.class, () -> lamp(-1));
    }

    @Test
    void ratingsAverageOneToFiveStars() {
        Product p = lamp(1);
        assertTrue(p.averageRating().isEmpty());
        p.rate(5);
        p.rate(4);
        p.rate(2);
        assertEquals(11.0 / 3.0, p.averageRating().orElseThrow(), 1e-12);
        assertEquals(3, p.ratingCount());
        assertThrows(IllegalArgumentException.class, () -> p.rate(0));
        assertThrows(IllegalArgumentException.class, () -> p.rate(6));
        assertThrows(IllegalArgumentException.class, () -> Product.builder(new ProductId("x")).ratings(2, 11));
    }

    @Test
    void blankAttributesAreDroppedAndTextsFallBack() {
        Product p = lamp(1);
        assertEquals("gold", p.attribute("colour").orElseThrow());
        assertTrue(p.attribute("size").isEmpty());
        assertEquals("Lampe de bureau en laiton", p.name().in(Locale.FRENCH.getLanguage()));
        assertEquals("Brass desk lamp", p.name().in("de"));
        assertEquals("Only English", LocalizedText.of("Only English", null).fr());
        assertThrows(IllegalArgumentException.class, () -> LocalizedText.of(" ", null));
        assertEquals(p.name(), p.description(), "description defaults to the name");
    }

    @Test
    void revisionKeepsIdentityAndRatings() {
        Product p = lamp(1);
        p.rate(5);
        Product edited = Product.builder(new ProductId("lamp-1")).seller("maison-aubert")
                .name(LocalizedText.of("Brass lamp", "Lampe laiton")).category("home", "lighting")
                .price(Money.of(new BigDecimal("39.90"), "EUR")).stock(7).build();
        p.revise(edited);
        assertEquals("Brass lamp", p.name().en());
        assertEquals(3_990, p.price().cents());
        assertEquals(7, p.stock());
        assertEquals(1, p.ratingCount());
        assertTrue(p.isOwnedBy("maison-aubert"));
    }

    @Test
    void moneyIsExact() {
        assertEquals(1999, Money.of(new BigDecimal("19.99"), "EUR").cents());
        assertEquals(2000, Money.of(new BigDecimal("19.995"), "EUR").cents(), "half up");
        assertEquals("59.97 EUR", Money.euros(1999).times(3).toString());
        assertThrows(IllegalArgumentException.class, () -> Money.euros(1).plus(new Money(1, "USD")));
        assertThrows(IllegalArgumentException.class, () -> new Money(1, "XYZ1"));
        assertThrows(IllegalArgumentException.class, () -> Money.euros(-1));
    }

    @Test
    void idsAndSlugs() {
        assertTrue(ProductId.isValid("p-12_AB"));
        assertFalse(ProductId.isValid("bad id"));
        assertFalse(ProductId.isValid("x".repeat(65)));
        assertThrows(IllegalArgumentException.class, () -> new ProductId("a/b"));
        assertEquals("bags-and-accessories", Slug.of("Bags & Accessories"));
        assertEquals("montres-et-bijoux", Slug.of("Montres et  Bijoux!"));
        assertEquals("ete", Slug.of("Été"));
        assertThrows(IllegalArgumentException.class, () -> Slug.of("!!!"));
        assertThrows(IllegalArgumentException.class, () -> Slug.require("Upper"));
    }

    @Test
    void queriesAreBoundedBeforeTheyReachTheDatabase() {
        assertEquals(40, ProductQuery.all(2, 20).offset());
        assertThrows(IllegalArgumentException.class, () -> ProductQuery.all(-1, 20));
        assertThrows(IllegalArgumentException.class, () -> ProductQuery.all(0, 101));
        assertThrows(IllegalArgumentException.class, () -> new ProductQuery(java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.of(500L), java.util.Optional.of(100L), null, 0, 10));
    }

    @Test
    void categoriesGrowWithoutDuplicates() {
        Category c = new Category("footwear", LocalizedText.of("Footwear", "Chaussures"), 1, java.util.List.of());
        assertTrue(c.addSubCategory(new SubCategory("sneakers", LocalizedText.of("Sneakers", "Baskets"))));
        assertFalse(c.addSubCategory(new SubCategory("sneakers", LocalizedText.of("Sneakers", "Baskets"))));
        assertEquals("Baskets", c.subCategory("sneakers").orElseThrow().name().fr());
    }
}
