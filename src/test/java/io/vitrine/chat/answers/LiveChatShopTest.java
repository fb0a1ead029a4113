package io.vitrine.chat.answers;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.chat.understanding.ChatEntities;
import io.vitrine.chat.understanding.Colour;
import io.vitrine.chat.understanding.PriceRange;
import io.vitrine.chat.understanding.ProductCriteria;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveChatShopTest {

    @Test
    void pluralsMeetTheirSingulars() {
        assertEquals("dress", io.vitrine.chat.understanding.ProductTypes.singular("dresses"));
        assertEquals("dress", io.vitrine.chat.understanding.ProductTypes.singular("dress"));
        assertEquals("robe", io.vitrine.chat.understanding.ProductTypes.singular("robes"));
        assertEquals("watch", io.vitrine.chat.understanding.ProductTypes.singular("watches"));
        assertEquals("bijou", io.vitrine.chat.understanding.ProductTypes.singular("bijoux"));
        assertEquals("bag", io.vitrine.chat.understanding.ProductTypes.singular("bags"));
    }

    @Test
    void recommendationsAreCheckedAgainstPriceColourAndSize() {
        Product p = Product.builder(new ProductId("p1")).seller("s").name(LocalizedText.same("Dress")).category("apparel", "dresses")
                .price(Money.euros(4999)).stock(3).attribute("colour", "sky").attribute("size", "M").build();
        ProductCriteria blueUnder50 = new ProductCriteria("", Optional.empty(), Optional.of(Colour.BLUE), Optional.of("m"),
                Optional.of(PriceRange.atMost(new BigDecimal("50"))), Optional.empty());
        assertTrue(LiveChatShop.fits(p, blueUnder50), "sky is a blue of the demo store, 49.99 <= 50, size M");
        assertFalse(LiveChatShop.fits(p, blueUnder50.refinedBy(new ChatEntities(java.util.List.of(), java.util.List.of(),
                Optional.of(PriceRange.atMost(new BigDecimal("49.98"))), java.util.List.of()))), "one cent over");
        assertFalse(LiveChatShop.fits(p, ProductCriteria.text("").refinedBy(new ChatEntities(java.util.List.of(Colour.RED),
                java.util.List.of(), Optional.empty(), java.util.List.of()))));
    }
}
