package io.vitrine.catalog.importer;

import io.vitrine.catalog.InMemoryProductRepository;
import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductChanged;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductsChanged;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AnnouncingProductsTest {

    private final List<Object> announced = new ArrayList<>();
    private final AnnouncingProducts products = new AnnouncingProducts(new InMemoryProductRepository(), announced::add, announced::add);

    private static Product product(String id) {
        return Product.builder(new ProductId(id)).seller("s").name(LocalizedText.same("Mug " + id))
                .category("home", "kitchen").price(Money.euros(900)).stock(1).build();
    }

    /** A batch is announced once, so each index refreshes once per batch of an import, not once per product. */
    @Test
    void everyStoredProductIsAnnounced() {
        products.saveAll(List.of(product("a"), product("b")));
        products.save(product("c"));
        products.save(product("a"));
        assertFalse(products.delete(new ProductId("zz")), "nothing deleted, nothing announced");
        products.delete(new ProductId("b"));

        assertEquals(List.of(
                new ProductsChanged(List.of(new ProductId("a"), new ProductId("b"))),
                new ProductChanged(new ProductId("c"), ProductChanged.Change.CREATED),
                new ProductChanged(new ProductId("a"), ProductChanged.Change.UPDATED),
                new ProductChanged(new ProductId("b"), ProductChanged.Change.DELETED)), announced);
    }

    /** An import batch's revisions: stored, announced as one batch; an empty batch is not announced. */
    @Test
    void revisionsAreAnnouncedAsOneBatch() {
        products.saveAll(List.of(product("a"), product("b")));
        announced.clear();

        products.reviseAll(List.of(product("a").revisedBy(renamed("a")), product("b").revisedBy(renamed("b"))));
        products.reviseAll(List.of());

        assertEquals(List.of(new ProductsChanged(List.of(new ProductId("a"), new ProductId("b")))), announced);
        assertEquals("Cup a", products.find(new ProductId("a")).orElseThrow().name().en());
    }

    /**
     * With a thread, batches are announced behind the import: saveAll returns once the batch is stored, the batches
     * stored while one is being announced go together next (one index refresh), in order, and a single change waits
     * for them all.
     */
    @Test
    void withAThreadBatchesAreAnnouncedBehindTheImportInOrder() throws InterruptedException {
        CountDownLatch indexing = new CountDownLatch(1);
        List<Object> seen = Collections.synchronizedList(new ArrayList<>());
        InMemoryProductRepository stored = new InMemoryProductRepository();
        AnnouncingProducts behind = new AnnouncingProducts(stored, seen::add, batch -> {
            try {
                indexing.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            seen.add(batch);
        }, r -> new Thread(r, "announcer"));

        behind.saveAll(List.of(product("a")));
        behind.saveAll(List.of(product("b")));
        behind.saveAll(List.of(product("c")));
        assertEquals(3, stored.count(), "stored before they are announced");
        assertEquals(List.of(), seen, "the import goes on while the first batch is announced");
        indexing.countDown();
        behind.save(product("d"));

        assertEquals(List.of(
                new ProductsChanged(List.of(new ProductId("a"))),
                new ProductsChanged(List.of(new ProductId("b"), new ProductId("c"))),
                new ProductChanged(new ProductId("d"), ProductChanged.Change.CREATED)), seen);
    }

    private static Product renamed(String id) {
        return Product.builder(new ProductId(id)).seller("s").name(LocalizedText.same("Cup " + id))
                .category("home", "kitchen").price(Money.euros(900)).stock(1).build();
    }
}
