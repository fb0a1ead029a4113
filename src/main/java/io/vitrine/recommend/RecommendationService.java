package io.vitrine.recommend;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Placement;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductArrangement;
import io.vitrine.catalog.ProductId;
import io.vitrine.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Serves recommendations from the live {@link ShopModel}, held in one reference and swapped whole when
 * {@link ShopModels} (the model's lifecycle: training, holdout gate, saving, start-up restore) puts a new one live.
 * Serving reads memory only: the live model, {@link RecentHistories} and {@link LiveCatalogue}.
 */
@ApplicationScoped
public class RecommendationService {

    public static final String KIND = "shop-blend";

    @Inject
    RecentHistories histories;
    @Inject
    CatalogService catalog;
    @Inject
    LiveCatalogue shelves;
    @Inject
    ProductArrangement arrangement = ProductArrangement.NONE;
    @Inject
    RecommendSettings settings = RecommendSettings.defaults();
    /** Experiments (the experiment feature) may take over a list; none in plain unit tests. */
    @Inject
    jakarta.enterprise.inject.Instance<ListRouting> routing;
    @Inject
    io.vitrine.platform.metrics.ShopMetrics metrics = io.vitrine.platform.metrics.ShopMetrics.NONE;

    private final AtomicReference<ShopModel> live = new AtomicReference<>();

    public RecommendationService() {
    }

    /** For tests: no container, the given shoppers' histories and shelves. */
    RecommendationService(RecentHistories histories, LiveCatalogue shelves) {
        this.histories = histories;
        this.shelves = shelves;
    }

    /** Swaps the live model ({@link ShopModels} calls this once a model passed the holdout gate or was restored). */
    public void serve(ShopModel model) {
        live.set(model);
    }

    /** The live model; {@link ModelNotReadyException} until the first training has finished. */
    public ShopModel model() {
        ShopModel m = live.get();
        if (m == null) {
            throw new ModelNotReadyException();
        }
        return m;
    }

    public Optional<ShopModel> current() {
        return Optional.ofNullable(live.get());
    }

    // ---- serving: memory only (live model, RecentHistories, LiveCatalogue); no database call on these paths

    /**
     * The blend for one shopper (account id or {@code anon:<session>}) from their latest events as
     * {@link RecentHistories} holds them, so a view just recorded already counts. Bought and out-of-stock items are
     * excluded; an unknown shopper gets popular items. Reasons name products and categories in {@code language}.
     */
    public Recommendations forUser(String userId, int n, Optional<String> category, Optional<String> subCategory,
                                   String language) {
        return forUser(ListRouting.REST, userId, n, category, subCategory, language);
    }

    /** {@link #forUser(String, int, Optional, Optional, String)} shown at {@code placement} (a {@link ListRouting} name). */
    public Recommendations forUser(String placement, String userId, int n, Optional<String> category,
                                   Optional<String> subCategory, String language) {
        return counted("user", routed(placement, Optional.of(userId), m -> forUser(m, userId, n, category, subCategory, language)));
    }

    private Recommendations forUser(ShopModel m, String userId, int n, Optional<String> category, Optional<String> subCategory,
                                    String language) {
        UserHistory user = histories.history(UserId.of(userId));
        boolean fallback = m.blend().items().sequence(user).length == 0;
        BlendRules rules = rules(n, category, subCategory).excluding(histories.bought(UserId.of(userId)));
        return served(m, m.blend().recommend(user, n, rules), fallback, language);
    }

    /** Popular items, in a category or sub-category when given. */
    public Recommendations popular(int n, Optional<String> category, Optional<String> subCategory, String language) {
        ShopModel m = model();
        return counted("popular", served(m, m.blend().recommend(UserHistory.empty(UserId.of("popular")), n,
                rules(n, category, subCategory)), false, language));
    }

    /** Items whose rate rose most over the last week against the week before. */
    public Recommendations trending(int n, String language) {
        ShopModel m = model();
        return counted("trending", served(m, m.popularity().trending(n, shown()), false, language));
    }

    /** Items most like this one by who engages with them; popular items of its sub-category when it has none. */
    public Recommendations similar(String productId, int n, String language) {
        return similar(productId, n, language, Optional.empty());
    }

    /** Similar items as {@code shopper} sees them on the product page (an experiment may rank them). */
    public Recommendations similar(String productId, int n, String language, Optional<String> shopper) {
        model(); // not ready answers 503 before an unknown product's 404, as it always did
        CatalogueItem product = requireProduct(productId);
        return counted("similar", routed(ListRouting.SIMILAR, shopper, m -> similar(m, product, n, language)));
    }

    private Recommendations similar(ShopModel m, CatalogueItem product, int n, String language) {
        List<Recommendation> ranked = related(m.similar().similarTo(product.id(), n, shown()));
        if (ranked.isEmpty()) {
            BlendRules sameShelf = rules(n, Optional.empty(), Optional.of(product.subCategory())).excluding(Set.of(product.id()));
            return served(m, m.blend().recommend(UserHistory.empty(UserId.of("similar")), n, sameShelf), true, language);
        }
        return served(m, ranked, false, language);
    }

    /** Items bought with this one more often than chance (lift), from orders. */
    public Recommendations boughtTogether(String productId, int n, String language) {
        return boughtTogether(productId, n, language, Optional.empty());
    }

    /** Bought-together items as {@code shopper} sees them on the product page (an experiment may rank them). */
    public Recommendations boughtTogether(String productId, int n, String language, Optional<String> shopper) {
        model();
        CatalogueItem product = requireProduct(productId);
        return counted("bought-together", routed(ListRouting.BOUGHT_TOGETHER, shopper, m -> served(m,
                related(m.boughtTogether().similarTo(product.id(), n, shown())), false, language)));
    }

    /** Counts a list served, by kind and the version of the model that ranked it. */
    private Recommendations counted(String kind, Recommendations served) {
        metrics.listServed(kind, served.modelVersion());
        return served;
    }

    /** The live model's list, unless a running experiment covers this placement and shopper. */
    private Recommendations routed(String placement, Optional<String> shopper, java.util.function.Function<ShopModel, Recommendations> list) {
        ShopModel live = model();
        if (shopper.isEmpty() || routing == null || !routing.isResolvable()) {
            return list.apply(live);
        }
        return routing.get().route(placement, shopper.get(), live, list);
    }

    /** Neighbour lists are padded with unrelated items at score 0; only real neighbours are served. */
    private static List<Recommendation> related(List<Recommendation> ranked) {
        return ranked.stream().filter(r -> r.score() > 0).toList();
    }

    /** From memory; the database only for a product created a moment ago that the catalogue has not seen yet. */
    private CatalogueItem requireProduct(String productId) {
        return shelves.item(ItemId.of(productId))
                .or(() -> catalog.find(new ProductId(productId)).map(CatalogueItem::of))
                .orElseThrow(() -> new NotFoundException("no product " + productId));
    }

    /**
     * Diversity (at most about half the list from one seller or one sub-category unless one was asked for:
     * {@link DiversitySettings}), in stock, and not excluded by a merchandising rule.
     */
    private BlendRules rules(int n, Optional<String> category, Optional<String> subCategory) {
        BlendRules rules = BlendRules.none().maxPerSeller(settings.diversity().perSeller(n))
                .maxPerSubCategory(subCategory.isPresent() ? Integer.MAX_VALUE : settings.diversity().perSubCategory(n))
                .onlyIf(shown());
        rules = category.map(rules::inCategory).orElse(rules);
        return subCategory.map(rules::inSubCategory).orElse(rules);
    }

    /** In stock and not kept out of recommendations by a merchandising rule. */
    private Predicate<ItemId> shown() {
        Predicate<ItemId> inStock = shelves.inStock();
        Placement where = Placement.recommendations();
        if (!arrangement.appliesTo(where)) {
            return inStock;
        }
        Predicate<Product> excluded = arrangement.excluded(where);
        return id -> inStock.test(id) && catalog.find(new ProductId(id.value())).filter(excluded.negate()).isPresent();
    }

    /**
     * The ranked items with their catalogue facts and reasons in words (an item that left the catalogue is skipped),
     * arranged by the merchandising rules of recommendation lists (exclusions, boosts, burials).
     */
    private Recommendations served(ShopModel m, List<Recommendation> ranked, boolean fallback, String language) {
        List<Recommendations.Item> out = new ArrayList<>(ranked.size());
        for (Recommendation r : ranked) {
            shelves.item(r.item()).ifPresent(c -> out.add(new Recommendations.Item(c, r.score(),
                    r.reason().shownOn(r.item()).text(id -> shelves.name(id, language), g -> shelves.groupName(g, language), language))));
        }
        return new Recommendations(arranged(out), m.version(), fallback);
    }

    private List<Recommendations.Item> arranged(List<Recommendations.Item> items) {
        Placement where = Placement.recommendations();
        if (items.isEmpty() || !arrangement.appliesTo(where)) {
            return items;
        }
        Map<String, Recommendations.Item> byId = new LinkedHashMap<>();
        items.forEach(i -> byId.put(i.product().id().value(), i));
        List<Product> products = catalog.getAll(items.stream().map(i -> new ProductId(i.product().id().value())).toList());
        return arrangement.arrange(where, products).stream().map(p -> byId.get(p.id().value()))
                .filter(Objects::nonNull).toList();
    }
}
