package io.vitrine.catalog.importer;

import io.vitrine.catalog.Page;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductChanged;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductQuery;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.catalog.ProductsChanged;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The product repository as importers see it: every product an import stores is announced, so the search index (and
 * any other observer) follows imports as it follows the seller API: a product saved alone as a {@link ProductChanged},
 * a batch of new or revised products as one {@link ProductsChanged} (one refresh of each index per batch, not per
 * product).
 * The catalogue announces its own changes; the platform's import service only picks the importer.
 *
 * <p>With a thread factory, batches are announced on a thread of their own while the import reads and stores the next
 * ones (indexing was the largest share of a batch's time in a JFR profile of the shop, its near-real-time refresh a
 * third of that): one announcement at a time, the batches stored meanwhile announced together next (one refresh for
 * all of them), in the order stored. A batch is on disk and in the catalogue read model before it is announced, as
 * without the thread. An import ends with {@link #awaitAnnounced}, so a finished import is searchable. The indexes are
 * caches rebuilt at start-up, so a crash between a store and its announcement loses nothing.
 */
final class AnnouncingProducts implements ProductRepository {

    private static final Logger LOG = Logger.getLogger(AnnouncingProducts.class.getName());

    private final ProductRepository delegate;
    private final Consumer<ProductChanged> announce;
    private final Consumer<ProductsChanged> announceBatch;
    /** Null: batches are announced on the caller's thread. */
    private final ExecutorService announcer;
    /** The announcement in flight (done when none). */
    private Future<?> announcing = CompletableFuture.completedFuture(null);
    /** Products stored while an announcement was in flight, in the order stored: announced together next. */
    private final List<ProductId> queued = new ArrayList<>();

    AnnouncingProducts(ProductRepository delegate, Consumer<ProductChanged> announce, Consumer<ProductsChanged> announceBatch) {
        this(delegate, announce, announceBatch, null);
    }

    /** Announcing batches on a thread of {@code threads} (one at most, ended when idle), behind the import. */
    AnnouncingProducts(ProductRepository delegate, Consumer<ProductChanged> announce, Consumer<ProductsChanged> announceBatch,
                       ThreadFactory threads) {
        this.delegate = delegate;
        this.announce = announce;
        this.announceBatch = announceBatch;
        this.announcer = threads == null ? null
                : new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
    }

    /** Waits until every batch stored so far is announced (the indexes hold it). */
    synchronized void awaitAnnounced() {
        finishAnnouncing();
        while (!queued.isEmpty()) {
            announceQueued();
            finishAnnouncing();
        }
    }

    /**
     * Announces a batch on the announcer's thread when there is one: at once when it is free, else together with the
     * batches stored meanwhile once it is (one index refresh for all of them), always in the order stored.
     */
    private synchronized void announceLater(ProductsChanged batch) {
        if (announcer == null) {
            announceBatch.accept(batch);
            return;
        }
        queued.addAll(batch.products());
        if (announcing.isDone()) {
            finishAnnouncing();
            announceQueued();
        }
    }

    /** Called with the lock held. */
    private void announceQueued() {
        ProductsChanged next = new ProductsChanged(List.copyOf(queued));
        queued.clear();
        announcing = announcer.submit(() -> announceBatch.accept(next));
    }

    /** Waits for the announcement in flight, if any; called with the lock held. */
    private void finishAnnouncing() {
        try {
            announcing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the last batch was indexed", e);
        } catch (ExecutionException e) {
            // the observers log their own failures; this is one of the announcement itself, told once
            LOG.log(Level.WARNING, "a batch of imported products was not announced", e.getCause());
        } finally {
            announcing = CompletableFuture.completedFuture(null);
        }
    }

    /** A single product's change follows the batches before it. */
    private void announceNow(ProductChanged change) {
        awaitAnnounced();
        announce.accept(change);
    }

    @Override
    public Product save(Product product) {
        boolean existed = delegate.find(product.id()).isPresent();
        Product saved = delegate.save(product);
        announceNow(new ProductChanged(product.id(), existed ? ProductChanged.Change.UPDATED : ProductChanged.Change.CREATED));
        return saved;
    }

    @Override
    public void saveAll(Collection<Product> products) {
        delegate.saveAll(products);
        announceLater(new ProductsChanged(products.stream().map(Product::id).toList()));
    }

    /** Revised products of an import batch: stored together, announced as one {@link ProductsChanged}. */
    @Override
    public void reviseAll(Collection<Product> products) {
        if (products.isEmpty()) {
            return;
        }
        delegate.reviseAll(products);
        announceLater(new ProductsChanged(products.stream().map(Product::id).toList()));
    }

    @Override
    public boolean delete(ProductId id) {
        boolean deleted = delegate.delete(id);
        if (deleted) {
            announceNow(new ProductChanged(id, ProductChanged.Change.DELETED));
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
