package io.vitrine.chat;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProductNameMaskTest {

    private static final Product DRESS = Product.builder(new ProductId("p1")).seller("s")
            .name(LocalizedText.of("Aurelin Classic Linen Dress – Blue", "Robe classique en lin Aurelin – Bleu"))
            .category("apparel", "dresses").price(Money.euros(4999)).stock(3).build();

    @Test
    void aProductNamedInFullIsTakenOut() {
        assertEquals(Optional.of("Qui vend ?"), ProductNameMask.masked("Qui vend Robe classique en lin Aurelin – Bleu ?", List.of(DRESS)));
        assertEquals(Optional.of("who sells the ?"), ProductNameMask.masked("who sells the Aurelin Classic Linen Dress – Blue ?", List.of(DRESS)));
    }

    @Test
    void aFewWordsOfANameAreNotAProduct() {
        // "linen dress" is two words of the name: a request for a kind of product, not the product itself
        assertEquals(Optional.empty(), ProductNameMask.masked("do you have a linen dress under 40 euros", List.of(DRESS)));
        assertEquals(Optional.empty(), ProductNameMask.masked("who sells this", List.of()));
    }

    @Test
    void nothingLeftMeansNoMaskedReading() {
        assertEquals(Optional.empty(), ProductNameMask.masked("Aurelin Classic Linen Dress", List.of(DRESS)));
    }
}
