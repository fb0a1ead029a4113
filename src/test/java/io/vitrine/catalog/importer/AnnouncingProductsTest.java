package io.vitrine.catalog.importer;

import io.vitrine.catalog.InMemoryProductRepository;
import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductChanged;
import io.vitrine.catalog.ProductId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AnnouncingProductsTest {

    private final List<ProductChanged> announced = new ArrayList<>();
    private final AnnouncingProducts products = new AnnouncingProducts(new InMemoryProductRepository(), announced::add);

    private static Product product(String id) {
        return Product.builder(new ProductId(id)).seller("s").name(LocalizedText.same("Mug " + id))
                .category("home", "kitchen").price(Money.euros(900)).stock(1).build();
    }

    @Test
    void everyStoredProductIsAnnounced() {
        products.saveAll(List.of(product("a"), product("b")));
        products.save(product("c"));
        products.save(product("a"));
        assertFalse(products.delete(new ProductId("zz")), "nothing deleted, nothing announced");
        products.delete(new ProductId("b"));

        assertEquals(List.of(
                new ProductChanged(new ProductId("a"), ProductChanged.Change.CREATED),
                new ProductChanged(new ProductId("b"), ProductChanged.Change.CREATED),
                new ProductChanged(new ProductId("c"), ProductChanged.Change.CREATED),
                new ProductChanged(new ProductId("a"), ProductChanged.Change.UPDATED),
                new ProductChanged(new ProductId("b"), ProductChanged.Change.DELETED)), announced);
    }
}
