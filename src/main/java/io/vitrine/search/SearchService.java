package io.vitrine.search;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.startup.Snapshots;
import io.vitrine.platform.startup.StartupStep;
import io.vitrine.catalog.CategoryRepository;
import io.vitrine.catalog.Placement;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductArrangement;
import io.vitrine.catalog.ProductChanged;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.events.EventService;
import io.vitrine.events.Interaction;
import io.vitrine.platform.MongoConnection;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shop's search: holds one {@link SearchEngine}, builds it off the deployment thread once the catalogue exists,
 * keeps it in step with every {@link ProductChanged}, and records each search as a SEARCH event. Until the first
 * build is done, {@link #search} and {@link #suggest} throw {@link SearchUnavailableException} (REST: 503 with
 * Retry-After) rather than answer from a half-built index.
 */
@ApplicationScoped
public class SearchService implements StartupStep {

    private static final Logger LOG = Logger.getLogger(SearchService.class.getName());
    /** Who searched when the caller is anonymous: the API itself (pages will pass their own session ids). */
    public static final String ANONYMOUS_API_USER = Interaction.ANONYMOUS_PREFIX + "api";
    static final int MAX_RECORDED_QUERY = 200;

    @Inject
    io.vitrine.platform.metrics.ShopMetrics metrics = io.vitrine.platform.metrics.ShopMetrics.NONE;
    @Inject
    ProductRepository products;
    @Inject
    CategoryRepository categories;
    @Inject
    EventService events;
    @Inject
    MongoConnection mongo;
    @Inject
    SearchConfig config;
    @Inject
    ProductArrangement arrangement = ProductArrangement.NONE;
    @Resource
    ManagedExecutorService executor;

    /** Where popularity is saved between starts; package-private for tests. */
    Snapshots snapshots;

    private final ProductComparison comparison = new ProductComparison();
    private SearchEngine engine;
    private volatile Popularity popularity = Popularity.none();
    private volatile boolean ready;

    @PostConstruct
    void open() {
        engine = new SearchEngine(config);
    }

    /**
     * Runs after the demo store loader (phase INDEXES) so the catalogue exists; the build itself runs on
     * the managed executor so deployment does not wait for it.
     */
    @Override
    public Phase phase() {
        return Phase.INDEXES;
    }

    @Override
    public String name() {
        return "1-text-search";
    }

    @Override
    public void onStartup() {
        Runnable build = () -> {
            try {
                rebuild();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "the search index could not be built; searches answer 503", e);
            }
        };
        if (executor != null) {
            executor.execute(build);
        } else {
            build.run();
        }
    }

    /**
     * Re-reads category labels, every product and popularity, then swaps the whole index in. The first build serves
     * text ranking at once and swaps popularity in when it is counted: a cold start's count is a pass over every
     * event (75-113 s at ten times the demo store, during which search would otherwise answer 503); a warm start's
     * reads the counts the last start saved and the events since.
     */
    void rebuild() {
        long t0 = System.nanoTime();
        engine.useLabels(CatalogLabels.of(categories.findAll()));
        if (!ready) {
            List<Product> first = allProducts();
            engine.replaceAll(first, p -> ProductSignals.NONE);
            ready = true;
            LOG.info(() -> String.format("Search index serving in %.1f s: %d products, popularity still being counted",
                    (System.nanoTime() - t0) / 1e9, first.size()));
        }
        Popularity counted = loadPopularity();
        List<Product> all = allProducts();
        popularity = counted;
        engine.replaceAll(all, p -> counted.signals(p.id()));
        LOG.info(() -> String.format("Search index built in %.1f s: %d products, %d with popularity",
                (System.nanoTime() - t0) / 1e9, all.size(), counted.size()));
    }

    private List<Product> allProducts() {
        try (Stream<Product> stream = products.streamAll()) {
            return stream.toList();
        }
    }

    /**
     * Views, carts and purchases per product, counted on from what the last start saved; without them (database
     * trouble) ranking is still good text ranking.
     */
    Popularity loadPopularity() {
        try {
            if (snapshots == null) {
                snapshots = new Snapshots(mongo.database());
            }
            return PopularityQuery.current(mongo.database(), snapshots);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "popularity could not be counted; searching without it", e);
            return Popularity.none();
        }
    }

    /** Keeps the index in step; a failure is logged, never thrown back into the catalogue's write. */
    void onProductChanged(@Observes ProductChanged change) {
        ProductId id = change.product();
        try {
            if (change.change() == ProductChanged.Change.DELETED) {
                engine.delete(id);
            } else {
                Optional<Product> product = products.find(id);
                if (product.isPresent() && change.change() == ProductChanged.Change.UPDATED) {
                    engine.revise(product.get(), popularity.signals(id)); // orders, prices, ratings: published together
                } else if (product.isPresent()) {
                    engine.upsert(product.get(), popularity.signals(id));
                } else {
                    engine.delete(id);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "search index not updated for " + id + " (" + change.change() + ")", e);
        }
    }

    /** A batch of an import: indexed together, published with one refresh of the index. */
    void onProductsChanged(@Observes io.vitrine.catalog.ProductsChanged changes) {
        try {
            List<Product> found = products.findAll(changes.products());
            engine.upsertAll(found, popularity::signals);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "search index not updated for " + changes.products().size() + " products", e);
        }
    }

    public boolean ready() {
        return ready;
    }

    /** Runs the search and records it as a SEARCH event of {@code caller}. */
    public SearchResult search(SearchRequest request, Caller caller) {
        return search(request, caller != null && caller.isAuthenticated() ? caller.name() : ANONYMOUS_API_USER);
    }

    /** Runs the search for a shopper of the storefront (account id or {@code anon:<session>}) and records it. */
    public SearchResult search(SearchRequest request, String shopper) {
        requireReady();
        long started = System.nanoTime();
        SearchResult result = arranged(request, false);
        metrics.searched(System.nanoTime() - started, result.total() == 0);
        // stored in the background in batches: the shopper's answer does not wait for the database
        events.recordLater(List.of(searchEventOf(shopper, request.query(), result.total(), Instant.now())));
        return result;
    }

    /**
     * The products {@link #search(SearchRequest, Caller)} would show, for a feature's own look-up (the chat assistant
     * reading a message): the same hits in the same order, without the facet counts, highlights and "did you mean" of
     * a results page, which were most of a search's CPU (hits carry no name or snippet; a total past 1,000 is a lower
     * bound). Not a shopper's search, so neither a SEARCH event (analytics read those as what a shopper typed: their
     * last query, the queries that found nothing) nor the search metrics.
     */
    public SearchResult searchProducts(SearchRequest request) {
        requireReady();
        return arranged(request, true);
    }

    /**
     * The engine's answer, arranged by the merchandising rules of its query when it has any: in relevance order the
     * rules arrange the first {@value SearchRequest#MAX_SIZE} hits (pins, boosts, burials, exclusions) and the page
     * is cut from them; a shopper's own sort and later pages are as ranked.
     */
    private SearchResult arranged(SearchRequest request, boolean productsOnly) {
        Placement where = Placement.query(request.query());
        int end = (request.page() + 1) * request.size();
        if (request.sort() != SearchSort.RELEVANCE || where.query().isEmpty() || end > SearchRequest.MAX_SIZE
                || !arrangement.appliesTo(where)) {
            return productsOnly ? engine.searchProducts(request) : engine.search(request);
        }
        SearchRequest window = request.window(SearchRequest.MAX_SIZE);
        SearchResult wide = productsOnly ? engine.searchProducts(window) : engine.search(window);
        Map<ProductId, SearchHit> hits = new HashMap<>();
        wide.hits().forEach(h -> hits.put(h.id(), h));
        List<Product> ranked = products.findAll(wide.hits().stream().map(SearchHit::id).toList());
        List<SearchHit> shown = arrangement.arrange(where, ranked).stream()
                .map(p -> hits.getOrDefault(p.id(), new SearchHit(p.id(), 0, Html.escape(p.name().in(request.language())), "")))
                .toList();
        int from = Math.min(request.page() * request.size(), shown.size());
        return new SearchResult(wide.query(), shown.subList(from, Math.min(end, shown.size())),
                wide.total() + shown.size() - wide.hits().size(), request.page(), request.size(), wide.facets(),
                wide.correctedQuery(), wide.relaxed(), wide.truncated());
    }

    /** The products the engine ranks first for {@code query}, before any merchandising rule (rule previews). */
    public List<ProductId> ranked(String query, String language, int n) {
        requireReady();
        return engine.search(SearchRequest.builder().query(query).language(language).size(n).build())
                .hits().stream().map(SearchHit::id).toList();
    }

    public List<Suggestion> suggest(String text, String language, int limit) {
        requireReady();
        return engine.suggest(text, language, limit);
    }

    /** The products of a search page, by id, for the fields a hit shows besides its highlights. */
    public Map<ProductId, Product> products(SearchResult result) {
        List<ProductId> ids = result.hits().stream().map(SearchHit::id).toList();
        return ids.isEmpty() ? Map.of()
                : products.findAll(ids).stream().collect(Collectors.toMap(Product::id, Function.identity(), (a, b) -> a));
    }

    /** Loads 2 to 4 products (404 for an unknown id) and compares them in the order given. */
    public ComparedProducts compare(List<ProductId> ids) {
        if (ids.size() < ProductComparison.MIN || ids.size() > ProductComparison.MAX) {
            throw new InvalidInputException("a comparison takes " + ProductComparison.MIN + " to "
                    + ProductComparison.MAX + " product ids, got " + ids.size());
        }
        if (new LinkedHashSet<>(ids).size() != ids.size()) {
            throw new InvalidInputException("the same product id appears twice in the comparison");
        }
        Map<ProductId, Product> found = new HashMap<>();
        products.findAll(ids).forEach(p -> found.put(p.id(), p));
        List<String> unknown = ids.stream().filter(id -> !found.containsKey(id)).map(ProductId::value).toList();
        if (!unknown.isEmpty()) {
            throw new NotFoundException("no product " + String.join(", ", unknown));
        }
        List<Product> ordered = ids.stream().map(found::get).toList();
        return new ComparedProducts(ordered, comparison.compare(ordered));
    }

    /** A search as an event: the caller's name, or {@value #ANONYMOUS_API_USER}; the query cut to 200 characters. */
    static Interaction searchEvent(Caller caller, String query, long total, Instant at) {
        return searchEventOf(caller != null && caller.isAuthenticated() ? caller.name() : ANONYMOUS_API_USER, query, total, at);
    }

    static Interaction searchEventOf(String user, String query, long total, Instant at) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_RECORDED_QUERY) {
            // never cut an emoji in half: a lone surrogate is not valid UTF-8
            int end = Character.isHighSurrogate(q.charAt(MAX_RECORDED_QUERY - 1)) ? MAX_RECORDED_QUERY - 1 : MAX_RECORDED_QUERY;
            q = q.substring(0, end);
        }
        return Interaction.search(user, q, (int) Math.min(total, Integer.MAX_VALUE), at);
    }

    private void requireReady() {
        if (!ready) {
            throw new SearchUnavailableException("the search index is being built; retry in a few seconds");
        }
    }

    @PreDestroy
    void close() {
        if (engine != null) {
            engine.close();
        }
    }
}
