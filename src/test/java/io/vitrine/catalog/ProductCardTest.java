package io.vitrine.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductCardTest {

    private final ProductId lamp = new ProductId("demo-00042");

    @Test
    void aCardSaysWhatTheProductSaysInTheShoppersLanguage() {
        Product p = Product.builder(lamp).seller("maison-aubert").name(LocalizedText.of("Brass desk lamp", "Lampe de bureau"))
                .brand("Aubert").category("home", "lighting").price(Money.euros(4_990)).stock(3).ratings(2, 9).image("abc").build();

        ProductCard en = ProductCard.of(p, "en");
        ProductCard fr = ProductCard.of(p, "fr");

        assertEquals("demo-00042", en.id());
        assertEquals("/catalog/product.xhtml?id=demo-00042", en.href());
        assertEquals("/api/v1/images/abc", en.imageUrl());
        assertEquals("Brass desk lamp", en.name());
        assertEquals("Lampe de bureau", fr.name());
        assertEquals("Aubert", en.brand());
        assertEquals("€49.90", en.price());
        assertEquals("49,90\u00a0€", fr.price().replace('\u202f', '\u00a0'));
        assertEquals("4.5", en.rating());
        assertEquals("★★★★★", en.stars()); // 4.5 rounds up to five whole stars
        assertEquals(2, en.ratingCount());
        assertEquals(2, en.ratingCount());
        assertEquals(3, en.stock());
        assertEquals(3, en.stock());
    }

    @Test
    void anUnratedProductWithoutPhotoOrBrandShowsThePlaceholderAndNoStars() {
        ProductCard card = ProductCard.of(ReadModelCatalog.product("p1", "Lamp", 1_000, 0), "en");

        assertEquals("/resources/img/no-image.svg", card.imageUrl());
        assertEquals("", card.brand());
        assertEquals("", card.rating());
        assertEquals("☆☆☆☆☆", card.stars());
        assertEquals(0, card.ratingCount());
        assertEquals(0, card.stock());
    }

    @Test
    void theClickSourceIsEncodedAfterTheCardsLinkAndLeftOutWhenEmpty() {
        assertEquals("&src=recommendation%3Asimilar%3Aexp-3%3AB", ProductCard.sourceParam("recommendation:similar:exp-3:B"));
        assertEquals("", ProductCard.sourceParam(""));
        assertEquals("", ProductCard.sourceParam(null));
        Product p = ReadModelCatalog.product("demo-7", "Lamp", 100, 1);
        assertEquals("/catalog/product.xhtml?id=demo-7&src=home%3Arecent", ProductCard.linkOf(p, "home:recent"));
        assertEquals("/catalog/product.xhtml?id=demo-7", ProductCard.linkOf(p, null));
    }

    @Test
    void aCardIsMadeOncePerProductVersionAndLanguage() {
        ReadModelCatalog catalog = new ReadModelCatalog(List.of(ReadModelCatalog.product(lamp.value(), "Lamp", 4_990, 5)));
        Product read = catalog.service().get(lamp);

        assertSame(ProductCard.of(read, "en"), ProductCard.of(catalog.service().get(lamp), "en"), "the read model's one instance");
        assertNotSame(ProductCard.of(read, "en"), ProductCard.of(read, "fr"));
        assertSame(ProductCard.of(read, "fr"), ProductCard.of(read, "FR"));
    }

    @Test
    void aChangeOfStockPriceOrNameShowsOnTheCardAsSoonAsTheReadModelHasIt() {
        ReadModelCatalog catalog = new ReadModelCatalog(List.of(ReadModelCatalog.product(lamp.value(), "Lamp", 4_990, 5)));
        ProductCard before = ProductCard.of(catalog.service().get(lamp), "en");

        catalog.change(ReadModelCatalog.product(lamp.value(), "Brass lamp", 3_990, 0));
        ProductCard after = ProductCard.of(catalog.service().get(lamp), "en");

        assertEquals("Lamp", before.name());
        assertEquals("Brass lamp", after.name());
        assertEquals("€39.90", after.price());
        assertEquals(0, after.stock());
        assertEquals(List.of("Brass lamp"), ProductCard.allOf(catalog.service().getAll(List.of(lamp)), "en").stream()
                .map(ProductCard::name).toList());
    }
}
