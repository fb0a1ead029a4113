package io.vitrine.search;

import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the catalogue into the product index and the autocomplete index, one writer at a time. New and deleted
 * products and import batches are published before the call returns; a revision of a known product (a price, the
 * stock an order took, a rating) is published within {@link #PUBLISH_WITHIN_MS}, and the revisions of that interval
 * share one refresh: a refresh flushes a new segment of both indexes, which cost more than an order's other work when
 * each sale paid for its own. A full rebuild is published only once complete: searches meanwhile keep the previous
 * snapshot.
 */
final class CatalogIndexer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CatalogIndexer.class.getName());
    /** The longest a revised product waits to be searchable as revised. */
    static final long PUBLISH_WITHIN_MS = 250;

    private final LuceneIndex products;
    private final AutocompleteIndex autocomplete;
    private final FacetLabels facetLabels;
    private final SearchConfig config;
    private final FacetsConfig facetsConfig = ProductDocuments.facetsConfig();
    /** Serialises writers (never lock the IndexWriter itself: Lucene owns its monitor). */
    private final Object writeLock = new Object();
    private volatile CatalogLabels labels = CatalogLabels.fromIds();
    /**
     * Per product id, the digest of the document a revision last wrote for it ({@link ProductDocuments#digest}): a
     * revision that would write the same document again (a sale moves only the stock, which the index does not hold)
     * writes and publishes nothing. Noted by revisions only (a rebuild or an import does not pay for digests: a
     * product's first revision writes); any other write of the product forgets it. Guarded by {@link #writeLock}.
     */
    private final Map<String, ProductDocuments.Digest> written = new HashMap<>();
    private final AtomicBoolean publicationPending = new AtomicBoolean();
    private final AtomicLong publications = new AtomicLong();
    private final ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "search-index-publisher");
        t.setDaemon(true);
        return t;
    });

    CatalogIndexer(LuceneIndex products, AutocompleteIndex autocomplete, FacetLabels facetLabels, SearchConfig config) {
        this.products = products;
        this.autocomplete = autocomplete;
        this.facetLabels = facetLabels;
        this.config = config;
    }

    void useLabels(CatalogLabels newLabels) {
        this.labels = Objects.requireNonNull(newLabels);
    }

    void replaceAll(Collection<Product> catalogue, Function<Product, ProductSignals> signals) {
        try {
            synchronized (writeLock) {
                products.writer().deleteAll();
                autocomplete.clear();
                written.clear();
                for (Product p : catalogue) {
                    add(p, signals.apply(p));
                }
                products.commit();
                autocomplete.commit();
            }
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("search index rebuild failed", e);
        }
    }

    void upsert(Product product, ProductSignals signals) {
        try {
            synchronized (writeLock) {
                add(product, signals);
            }
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index product " + product.id(), e);
        }
    }

    /**
     * Replaces a known product's document; searchable as revised within {@link #PUBLISH_WITHIN_MS}, with one refresh
     * for every revision of that interval.
     */
    void revise(Product product, ProductSignals signals) {
        try {
            synchronized (writeLock) {
                CatalogLabels l = labels;
                Document d = ProductDocuments.toDocument(product, signals, l, config, facetsConfig);
                ProductDocuments.Digest digest = ProductDocuments.digest(d);
                if (digest.equals(written.get(product.id().value()))) {
                    return; // the index holds this very document: its autocomplete entries are the same too
                }
                write(product, d, l);
                written.put(product.id().value(), digest);
                autocomplete.upsert(product, signals, l);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index product " + product.id(), e);
        }
        if (publicationPending.compareAndSet(false, true)) {
            try {
                publisher.schedule(this::publishPending, PUBLISH_WITHIN_MS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closed) {
                publicationPending.set(false); // the index is closing: nothing will read it again
            }
        }
    }

    /** Refreshes that published revisions, for tests and figures. */
    long publications() {
        return publications.get();
    }

    /** Whether a revision waits for the publisher, for tests. */
    boolean publicationPending() {
        return publicationPending.get();
    }

    private void publishPending() {
        publicationPending.set(false); // a revision written from here on schedules the next publication
        try {
            refresh();
            publications.incrementAndGet();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "revised products not published to search; the next change or rebuild publishes them", e);
        }
    }

    void upsertAll(Collection<Product> batch, Function<ProductId, ProductSignals> signals) {
        try {
            synchronized (writeLock) {
                CatalogLabels l = labels;
                Map<ProductId, ProductSignals> known = new HashMap<>();
                for (Product p : batch) {
                    index(p, known.computeIfAbsent(p.id(), signals), l);
                }
                // the brand and category suggestions the batch touches are written once each, not once a product
                autocomplete.upsertAll(batch, known::get, l);
            }
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + batch.size() + " products", e);
        }
    }

    void delete(ProductId id) {
        try {
            synchronized (writeLock) {
                products.writer().deleteDocuments(new Term(ProductDocuments.ID, id.value()));
                written.remove(id.value());
                autocomplete.delete(id);
            }
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete product " + id + " from the index", e);
        }
    }

    /** Publishes pending changes; waits for a running {@link #replaceAll} so a half-rebuilt index is never published. */
    void refresh() {
        try {
            synchronized (writeLock) {
                products.refresh();
                autocomplete.refresh();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the publisher; revisions not yet published stay unpublished (the index is closing). */
    @Override
    public void close() {
        publisher.shutdownNow();
    }

    /** Commits what was written (for an on-disk index); failures are ignored, the index is rebuilt at the next start. */
    void commitQuietly() {
        try {
            synchronized (writeLock) {
                products.commit();
            }
        } catch (IOException | RuntimeException ignored) {
            // closing anyway
        }
    }

    private void add(Product p, ProductSignals signals) throws IOException {
        CatalogLabels l = labels;
        index(p, signals, l);
        autocomplete.upsert(p, signals, l);
    }

    /** The product's document in the product index (its suggestions are the caller's). */
    private void index(Product p, ProductSignals signals, CatalogLabels l) throws IOException {
        write(p, ProductDocuments.toDocument(p, signals, l, config, facetsConfig), l);
    }

    /** Writes the product's document; what {@link #written} knew of it is forgotten (a revision then notes the new one). */
    private void write(Product p, Document d, CatalogLabels l) throws IOException {
        products.writer().updateDocument(new Term(ProductDocuments.ID, p.id().value()), d);
        written.remove(p.id().value());
        facetLabels.remember(p, l);
    }
}
