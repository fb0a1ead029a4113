package io.vitrine.search;

import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import org.apache.lucene.util.IOUtils;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The catalogue's search index. Thread-safe: any number of threads search while one feeds changes; a change
 * becomes visible when the near-real-time reader is refreshed ({@link #upsert}, {@link #upsertAll} and {@link #delete}
 * do it before returning, {@link #revise} within a quarter of a second, shared with the other revisions of that
 * interval), and searches in flight keep the reader they started with.
 *
 * <p>Typical use from a CDI service: {@code replaceAll(repository.all(), signals)} at start-up, {@code upsert}
 * or {@code delete} on each product event, {@code search}/{@code suggest} per request, {@code close} at shutdown.
 *
 * <p>A facade over the parts that do the work: {@link LuceneIndex} (the index and its snapshots),
 * {@link CatalogIndexer} (writes), {@link ProductSearch} (queries, typos, pages) with {@link FacetCounter} and
 * {@link HitHighlighter}, and {@link AutocompleteIndex} (suggestions).
 */
public final class SearchEngine implements Closeable {

    private static final int SUGGEST_MAX_CHARS = 100;
    private static final int SUGGEST_MAX = 50;
    /** Large enough that a full rebuild of a big catalogue flushes rarely. */
    private static final double PRODUCT_RAM_BUFFER_MB = 64;

    private final LuceneIndex products;
    private final AutocompleteIndex autocomplete;
    private final CatalogIndexer indexer;
    private static final Logger LOG = Logger.getLogger(SearchEngine.class.getName());

    private final ProductSearch productSearch;
    private final SnapshotHits productHits = new SnapshotHits();

    public SearchEngine(SearchConfig config) {
        Objects.requireNonNull(config);
        try {
            this.products = LuceneIndex.open(config.indexPath(), "products", ProductDocuments.INDEX_ANALYZER, PRODUCT_RAM_BUFFER_MB);
            this.autocomplete = new AutocompleteIndex(config.indexPath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
        FacetLabels facetLabels = new FacetLabels();
        this.indexer = new CatalogIndexer(products, autocomplete, facetLabels, config);
        this.productSearch = new ProductSearch(config, new FacetCounter(config.priceRanges(), facetLabels));
    }

    // ---------------------------------------------------------------- feeding

    /** Category labels used for relevance and facet labels; call {@link #replaceAll} after changing them. */
    public void useLabels(CatalogLabels newLabels) {
        indexer.useLabels(newLabels);
    }

    /** Swaps the synonym list; takes effect on the next search, no re-index needed. */
    public void useSynonyms(Synonyms newSynonyms) {
        productSearch.useSynonyms(newSynonyms);
    }

    public Synonyms synonyms() {
        return productSearch.synonyms();
    }

    /**
     * Rebuilds the whole index from the catalogue; searches keep seeing the old content until it is complete.
     * {@code signals} gives each product's popularity (use {@code p -> ProductSignals.NONE} when unknown).
     */
    public void replaceAll(Collection<Product> catalogue, Function<Product, ProductSignals> signals) {
        indexer.replaceAll(catalogue, signals);
    }

    /** Adds or replaces one product and makes it searchable before returning. */
    public void upsert(Product product, ProductSignals signals) {
        indexer.upsert(product, signals);
    }

    /**
     * Replaces a known product (a price, its stock, a rating changed): searchable as revised within a quarter of a
     * second, the revisions of that interval published with one refresh. A revision that leaves the product's document
     * as it was (a sale: the index does not hold the stock) writes nothing.
     */
    public void revise(Product product, ProductSignals signals) {
        indexer.revise(product, signals);
    }

    /** Refreshes that published revisions so far (see {@link #revise}). */
    long publications() {
        return indexer.publications();
    }

    /** Whether a revision waits to be published (see {@link #revise}). */
    boolean publicationPending() {
        return indexer.publicationPending();
    }

    /** Many products at once, published with one refresh (an import's batch). */
    public void upsertAll(java.util.Collection<Product> products, java.util.function.Function<ProductId, ProductSignals> signals) {
        indexer.upsertAll(products, signals);
    }

    /** Removes one product (no-op when it is not indexed) and makes that visible before returning. */
    public void delete(ProductId id) {
        indexer.delete(id);
    }

    /**
     * Publishes pending changes to new searches; searches in flight keep their reader and are never blocked.
     * Waits for a running {@link #replaceAll} so that a half-rebuilt index is never published.
     */
    public void refresh() {
        indexer.refresh();
    }

    /** Segments of the product index's current snapshot (tests). */
    int segments() {
        return read(s -> s.getIndexReader().leaves().size(), "cannot count segments");
    }

    public int size() {
        return read(s -> s.getIndexReader().numDocs(), "cannot count the indexed products");
    }

    // ---------------------------------------------------------------- searching

    /**
     * Runs a search. A blank query (or one with no letters or digits, like "*") browses: every product that
     * passes the filters, best signals first. Never throws on odd input; index failures are unchecked.
     */
    public SearchResult search(SearchRequest request) {
        return read(s -> productSearch.search(s, request), "search failed");
    }

    /**
     * The same hits as {@link #search}, without facets, highlights or "did you mean" (for callers that show products
     * only); a first page is cut from the snapshot's kept answer to the same query and filters when it has one
     * ({@link SnapshotHits}).
     */
    public SearchResult searchProducts(SearchRequest request) {
        return read(s -> productHits.get(s, productSearch.synonyms(), request, r -> productSearch.search(s, r, true)), "search failed");
    }

    /** Up to {@code limit} suggestions for what the shopper is typing; empty for blank input. */
    public List<Suggestion> suggest(String prefix, String language, int limit) {
        try {
            return autocomplete.suggest(prefix, SearchRequest.supportedLanguage(language), Math.min(limit, SUGGEST_MAX), SUGGEST_MAX_CHARS);
        } catch (IOException e) {
            throw new UncheckedIOException("suggest failed", e);
        }
    }

    private <T> T read(LuceneIndex.Read<T> read, String failure) {
        try {
            return products.read(read);
        } catch (IOException e) {
            throw new UncheckedIOException(failure, e);
        }
    }

    /** Commits (for an on-disk index) and releases everything. */
    @Override
    public void close() {
        LOG.info(productHits::summary);
        indexer.close();
        indexer.commitQuietly();
        try {
            IOUtils.close(products, autocomplete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
