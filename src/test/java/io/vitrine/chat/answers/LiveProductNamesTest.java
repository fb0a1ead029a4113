package io.vitrine.chat.answers;

import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.chat.understanding.ProductNames;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveProductNamesTest {

    private final Map<String, Product> catalogue = new LinkedHashMap<>();
    private int builds;
    private final LiveProductNames names = new LiveProductNames(() -> {
        builds++;
        return List.copyOf(catalogue.values());
    }, ids -> ids.stream().map(id -> catalogue.get(id.value())).filter(p -> p != null).toList());

    private void put(Product p) {
        catalogue.put(p.id().value(), p);
    }

    @Test
    void builtOnceThenChangedByTheProductsWritten() {
        put(AnswersFixture.product("demo-1", "Nordika Classic Linen Dress – Red", "Robe classique en lin rouge Nordika", "dresses",
                4999, 12, "red", "M", "atelier-nord", 0, 0));
        ProductNames first = names.current();
        assertSame(first, names.current());
        assertEquals(1, builds);

        // a stock change: same name, same index
        put(AnswersFixture.product("demo-1", "Nordika Classic Linen Dress – Red", "Robe classique en lin rouge Nordika", "dresses",
                4999, 11, "red", "M", "atelier-nord", 0, 0));
        names.written(List.of(new ProductId("demo-1")));
        assertSame(first, names.current());

        // a new product: its name is found after the next look, without reading the whole catalogue again
        assertFalse(first.mayNameInFull("the Orbit Wireless Headphones please"));
        put(AnswersFixture.product("demo-4", "Orbit Wireless Headphones – Black", "Casque sans fil noir Orbit", "headphones",
                12900, 40, "black", "", "casa-sud", 0, 0));
        names.written(List.of(new ProductId("demo-4")));
        assertTrue(names.current().mayNameInFull("the Orbit Wireless Headphones please"));
        assertTrue(names.current().mayNameInFull("Nordika classic linen dress"));
        assertEquals(1, builds);

        // a deletion takes its words out
        catalogue.remove("demo-4");
        names.written(new ArrayList<>(List.of(new ProductId("demo-4"))));
        assertFalse(names.current().mayNameInFull("the Orbit Wireless Headphones please"));
        assertTrue(names.current().mayNameInFull("Nordika classic linen dress"));
        assertEquals(1, builds);
    }
}
