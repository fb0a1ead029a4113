package io.vitrine.catalog;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bulk insert through {@link CatalogueProducts} puts the new products into the read model as they were stored,
 * without reading them back; an id the snapshot already holds is read back instead, so it ends as the database has it.
 */
class CatalogueReadModelInsertTest {

    /** The in-memory database, counting the products read back by id. */
    private static final class CountingReads extends InMemoryProductRepository {
        final List<ProductId> reads = new ArrayList<>();

        @Override
        public synchronized Optional<Product> find(ProductId id) {
            reads.add(id);
            return super.find(id);
        }

        @Override
        public synchronized List<Product> findAll(Collection<ProductId> ids) {
            reads.addAll(ids);
            return super.findAll(ids);
        }
    }

    private final CountingReads database = new CountingReads();
    private final CatalogueReadModel readModel = new CatalogueReadModel(database);
    private final CatalogueProducts products = new CatalogueProducts(database, readModel);

    @Test
    void anInsertedBatchIsInTheSnapshotWithoutBeingReadBack() {
        database.save(ReadModelCatalog.product("old", "Old lamp", 500, 1));
        readModel.load();
        database.reads.clear();
        Product a = ReadModelCatalog.product("a", "Lamp A", 1_000, 3);
        Product b = ReadModelCatalog.product("b", "Lamp B", 2_000, 0);

        products.saveAll(List.of(a, b));

        assertEquals(List.of(), database.reads);
        CatalogueSnapshot snapshot = readModel.snapshot().orElseThrow();
        assertEquals(3, snapshot.size());
        assertSame(a, snapshot.find(a.id()).orElseThrow());
        // sorted into the lists as a re-read product would be: price up is old (500), a (1,000), b (2,000)
        ProductQuery byPrice = new ProductQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), ProductQuery.Sort.PRICE_ASC, 0, 10);
        assertEquals(List.of("old", "a", "b"), snapshot.find(byPrice).items().stream().map(p -> p.id().value()).toList());
        // the instance is the snapshot's now: shared, so it refuses changes
        assertThrows(IllegalStateException.class, () -> a.reserve(1));
    }

    @Test
    void anIdTheSnapshotHoldsIsReadBackAsStored() {
        readModel.load();
        Product first = ReadModelCatalog.product("a", "Lamp A", 1_000, 3);
        products.saveAll(List.of(first));
        // another writer changed it in the database and its refresh has not run yet: the ids the snapshot already
        // holds are re-read, whatever the batch says
        database.delete(first.id());
        Product stored = ReadModelCatalog.product("a", "Lamp A, stored", 1_500, 7);
        database.save(stored);
        database.reads.clear();

        readModel.inserted(List.of(ReadModelCatalog.product("a", "Lamp A, stale", 1_000, 3)));

        assertEquals(List.of(new ProductId("a")), database.reads);
        Product now = readModel.snapshot().orElseThrow().find(new ProductId("a")).orElseThrow();
        assertEquals("Lamp A, stored", now.name().en());
        assertEquals(7, now.stock());
    }

    @Test
    void beforeTheFirstLoadNothingIsKeptAndTheLoadReadsThem() {
        products.saveAll(List.of(ReadModelCatalog.product("a", "Lamp A", 1_000, 3)));
        assertTrue(readModel.snapshot().isEmpty());

        readModel.load();

        assertEquals(1, readModel.snapshot().orElseThrow().size());
    }
}
