package io.vitrine.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@link ProductRepository} every feature gets: reads answer from the {@link CatalogueReadModel}'s snapshot
 * (from the database only until the first load), writes go to the database and then refresh the snapshot.
 */
@ApplicationScoped
public class CatalogueProducts implements ProductRepository {

    private ProductRepository database;
    private CatalogueReadModel readModel;

    protected CatalogueProducts() {
    }

    /** Over a repository and read model of its own (tests). */
    public CatalogueProducts(ProductRepository database, CatalogueReadModel readModel) {
        this.database = database;
        this.readModel = readModel;
    }

    @Inject
    void use(MongoProductRepository stored, CatalogueReadModel model) {
        this.database = stored;
        this.readModel = model;
    }

    @Override
    public Optional<Product> find(ProductId id) {
        return readModel.snapshot().map(s -> s.find(id)).orElseGet(() -> database.find(id));
    }

    @Override
    public List<Product> findAll(Collection<ProductId> ids) {
        return readModel.snapshot().map(s -> s.findAll(ids)).orElseGet(() -> database.findAll(ids));
    }

    /** Imports look up by source; they write anyway, so the database answers. */
    @Override
    public Optional<Product> findBySourceRef(String sourceRef) {
        return database.findBySourceRef(sourceRef);
    }

    @Override
    public Page<Product> find(ProductQuery query) {
        return readModel.snapshot().map(s -> s.find(query)).orElseGet(() -> database.find(query));
    }

    @Override
    public Stream<Product> streamAll() {
        return readModel.snapshot().map(s -> s.all().stream()).orElseGet(database::streamAll);
    }

    @Override
    public Product save(Product product) {
        return refreshed(product.id(), database.save(product));
    }

    /**
     * Inserts new products in bulk; the read model takes them as stored without reading them back (they are its
     * shared copies from then on: their mutators refuse).
     */
    @Override
    public void saveAll(Collection<Product> products) {
        database.saveAll(products);
        readModel.inserted(products);
    }

    /** One bulk update, then one refresh of the snapshot for the whole batch. */
    @Override
    public void reviseAll(Collection<Product> products) {
        database.reviseAll(products);
        readModel.refreshIfLoaded(products.stream().map(Product::id).toList());
    }

    @Override
    public boolean delete(ProductId id) {
        return refreshed(id, database.delete(id));
    }

    @Override
    public void addRating(ProductId id, int stars) {
        database.addRating(id, stars);
        refreshed(id, null);
    }

    @Override
    public boolean takeStock(ProductId id, int quantity) {
        return refreshed(id, database.takeStock(id, quantity));
    }

    @Override
    public void returnStock(ProductId id, int quantity) {
        database.returnStock(id, quantity);
        refreshed(id, null);
    }

    /** After a write to the database (already done when this runs): the snapshot re-reads the product. */
    private <T> T refreshed(ProductId id, T result) {
        readModel.refresh(List.of(id));
        return result;
    }

    @Override
    public long count() {
        return readModel.snapshot().map(s -> (long) s.size()).orElseGet(database::count);
    }
}
