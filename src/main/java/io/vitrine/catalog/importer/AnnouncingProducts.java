package io.vitrine.catalog.importer;

import io.vitrine.catalog.Page;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductChanged;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductQuery;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.catalog.ProductsChanged;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The product repository as importers see it: every product an import stores is announced, so the search index (and
 * any other observer) follows imports as it follows the seller API: a product saved alone as a {@link ProductChanged},
 * a batch of new or revised products as one {@link ProductsChanged} (one refresh of each index per batch, not per
 * product).
 * The catalogue announces its own changes; the platform's import service only picks the importer.
 */
final class AnnouncingProducts implements ProductRepository {

    private final ProductRepository delegate;
    private final Consumer<ProductChanged> announce;
    private final Consumer<ProductsChanged> announceBatch;

    AnnouncingProducts(ProductRepository delegate, Consumer<ProductChanged> announce, Consumer<ProductsChanged> announceBatch) {
        this.delegate = delegate;
        this.announce = announce;
        this.announceBatch = announceBatch;
    }

    @Override
    public Product save(Product product) {
        boolean existed = delegate.find(product.id()).isPresent();
        Product saved = delegate.save(product);
        announce.accept(new ProductChanged(product.id(), existed ? ProductChanged.Change.UPDATED : ProductChanged.Change.CREATED));
        return saved;
    }

    @Override
    public void saveAll(Collection<Product> products) {
        delegate.saveAll(products);
        announceBatch.accept(new ProductsChanged(products.stream().map(Product::id).toList()));
    }

    /** Revised products of an import batch: stored together, announced as one {@link ProductsChanged}. */
    @Override
    public void reviseAll(Collection<Product> products) {
        if (products.isEmpty()) {
            return;
        }
        delegate.reviseAll(products);
        announceBatch.accept(new ProductsChanged(products.stream().map(Product::id).toList()));
    }

    @Override
    public boolean delete(ProductId id) {
        boolean deleted = delegate.delete(id);
        if (deleted) {
            announce.accept(new ProductChanged(id, ProductChanged.Change.DELETED));
        }
        return deleted;
    }

    @Override
    public Optional<Product> find(ProductId id) {
        return delegate.find(id);
    }

    @Override
    public List<Product> findAll(Collection<ProductId> ids) {
        return delegate.findAll(ids);
    }

    @Override
    public Optional<Product> findBySourceRef(String sourceRef) {
        return delegate.findBySourceRef(sourceRef);
    }

    @Override
    public Page<Product> find(ProductQuery query) {
        return delegate.find(query);
    }

    @Override
    public Stream<Product> streamAll() {
        return delegate.streamAll();
    }

    @Override
    public long count() {
        return delegate.count();
    }

    @Override
    public boolean takeStock(ProductId id, int quantity) {
        return delegate.takeStock(id, quantity);
    }

    @Override
    public void addRating(ProductId id, int stars) {
        delegate.addRating(id, stars);
    }

    @Override
    public void returnStock(ProductId id, int quantity) {
        delegate.returnStock(id, quantity);
    }
}
