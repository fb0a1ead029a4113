package io.vitrine.catalog.web;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProductCardsTest {

    private final ProductCards cards = new ProductCards();

    @Test
    void aCardLinksToTheProductPageWithTheClickSourceWhenThereIsOne() {
        Product p = Product.builder(new ProductId("demo-00042")).seller("maison-aubert")
                .name(LocalizedText.of("Brass desk lamp", null)).category("home", "lighting").price(Money.euros(4_990)).stock(1).build();
        assertEquals("/catalog/product.xhtml?id=demo-00042&src=recommendation%3Asimilar%3Aexp-3%3AB",
                cards.link(p, "recommendation:similar:exp-3:B"));
        assertEquals("/catalog/product.xhtml?id=demo-00042", cards.link(p, ""));
        assertEquals("/catalog/product.xhtml?id=demo-00042", cards.link(p, null));
    }

    @Test
    void noMethodThePagesCallIsOverloaded() {
        Map<String, Long> byName = Arrays.stream(ProductCards.class.getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                .collect(Collectors.groupingBy(Method::getName, Collectors.counting()));
        byName.forEach((name, count) -> assertEquals(1L, count, name + " is overloaded"));
        long in = Arrays.stream(LocalizedText.class.getMethods()).filter(m -> m.getName().equals("in")).count();
        assertEquals(1L, in, "LocalizedText.in is overloaded");
    }
}
