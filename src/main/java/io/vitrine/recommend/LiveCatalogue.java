package io.vitrine.recommend;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Category;
import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductChanged;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.catalog.SubCategory;
import io.vitrine.events.EventsRecorded;
import io.vitrine.events.InteractionType;
import io.vitrine.platform.BackgroundThreads;
import io.vitrine.platform.ChangedKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The catalogue as serving needs it, in memory: one immutable {@link CatalogueItem} per product (stock included)
 * and the category names, so a recommendation request makes no database call. Loaded whole with each training
 * read, then kept in step product by product: purchases (an order takes stock without changing the product
 * otherwise) re-read the products bought, on the order's thread, so the next list already knows the new stock;
 * {@link ProductChanged} (seller API, imports of thousands of products) marks the product and a background task
 * re-reads the marked ones in batches, so an import does not pay one extra query per product.
 */
@ApplicationScoped
public class LiveCatalogue {

    private static final Logger LOG = Logger.getLogger(LiveCatalogue.class.getName());

    @Inject
    ProductRepository products;
    @Inject
    CatalogService catalog;
    @Inject
    BackgroundThreads background;

    private final Map<ItemId, CatalogueItem> items = new ConcurrentHashMap<>();
    /** Category and sub-category slugs to their names; replaced whole. */
    private volatile Map<String, LocalizedText> groupNames = Map.of();
    /** Products changed since the last background refresh, re-read 500 per query. */
    private final ChangedKeys<ProductId> changed = new ChangedKeys<>(500, this::refresh, LOG,
            "the recommender's catalogue did not follow some changes (the next training read will)");
    private volatile long namesLoadedAt;

    /** Reads every product and the category tree (with each training read; seconds for 100,000 products). */
    public void reload() {
        Map<ItemId, CatalogueItem> fresh = new HashMap<>();
        try (Stream<Product> all = products.streamAll()) {
            all.forEach(p -> fresh.put(ItemId.of(p.id().value()), CatalogueItem.of(p)));
        }
        items.putAll(fresh);
        items.keySet().retainAll(fresh.keySet());
        loadNames();
    }

    /** Replaces what is known about these products (for tests and for the observers below). */
    public void put(Collection<CatalogueItem> changed) {
        changed.forEach(c -> items.put(c.id(), c));
    }

    void onProductChanged(@Observes ProductChanged change) {
        changed.add(change.product(), BackgroundThreads.executor(background));
    }

    void onProductsChanged(@Observes io.vitrine.catalog.ProductsChanged changes) {
        Executor drains = BackgroundThreads.executor(background);
        changes.products().forEach(id -> changed.add(id, drains));
    }

    void onRecorded(@Observes EventsRecorded recorded) {
        Set<ProductId> bought = new LinkedHashSet<>();
        for (io.vitrine.events.Interaction e : recorded.events()) {
            if (e.type() == InteractionType.PURCHASE) {
                e.productId().ifPresent(id -> bought.add(new ProductId(id)));
            }
        }
        if (!bought.isEmpty()) {
            refresh(new ArrayList<>(bought));
        }
    }

    /**
     * Re-reads these products, one call at a time so an older read never overwrites a newer one; a failure is
     * logged, never thrown back into the catalogue's or the order's write.
     */
    private synchronized void refresh(List<ProductId> ids) {
        try {
            Map<ItemId, Product> found = new HashMap<>();
            for (Product p : catalog.getAll(ids)) {
                found.put(ItemId.of(p.id().value()), p);
            }
            boolean newShelf = false;
            for (ProductId id : ids) {
                ItemId item = ItemId.of(id.value());
                Product p = found.get(item);
                if (p == null) {
                    items.remove(item);
                } else {
                    items.put(item, CatalogueItem.of(p));
                    newShelf |= !groupNames.containsKey(p.subCategory()) || !groupNames.containsKey(p.category());
                }
            }
            // an import meets a new shelf with many of its products: the names are read again at most every 10 s
            if (newShelf && System.currentTimeMillis() - namesLoadedAt > 10_000) {
                loadNames();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "recommendation catalogue not updated for " + ids, e);
        }
    }

    public Optional<CatalogueItem> item(ItemId id) {
        return Optional.ofNullable(items.get(id));
    }

    /**
     * The stock check as a predicate bound to the map itself: asked for hundreds of candidates per request, it
     * must not go through the CDI client proxy (a context lookup per call), as a method of this bean would.
     */
    public Predicate<ItemId> inStock() {
        Map<ItemId, CatalogueItem> map = items;
        return id -> {
            CatalogueItem c = map.get(id);
            return c != null && c.inStock();
        };
    }

    /** The product's name in {@code language} ("fr" or English). */
    public Optional<String> name(ItemId id, String language) {
        return item(id).map(c -> c.name().in(language));
    }

    /** The name of a category or sub-category slug in {@code language}. */
    public Optional<String> groupName(String slug, String language) {
        return Optional.ofNullable(groupNames.get(slug)).map(n -> n.in(language));
    }

    /** For tests: category names by slug. */
    void names(Map<String, LocalizedText> names) {
        groupNames = Map.copyOf(names);
    }

    private void loadNames() {
        groupNames = names(catalog.categories());
        namesLoadedAt = System.currentTimeMillis();
    }

    private static Map<String, LocalizedText> names(List<Category> categories) {
        Map<String, LocalizedText> out = new HashMap<>();
        for (Category c : categories) {
            out.put(c.id(), c.name());
            for (SubCategory s : c.subCategories()) {
                out.putIfAbsent(s.id(), s.name());
            }
        }
        return Map.copyOf(out);
    }
}
