package io.vitrine.chat.answers;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Category;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductChanged;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.catalog.ProductsChanged;
import io.vitrine.catalog.Seller;
import io.vitrine.catalog.SubCategory;
import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.faq.FaqEntry;
import io.vitrine.chat.faq.FaqService;
import io.vitrine.chat.understanding.Colour;
import io.vitrine.chat.understanding.Intent;
import io.vitrine.chat.understanding.ProductCriteria;
import io.vitrine.chat.understanding.ProductNames;
import io.vitrine.chat.understanding.ProductTypes;
import io.vitrine.events.Interaction;
import io.vitrine.order.Order;
import io.vitrine.order.OrderService;
import io.vitrine.recommend.ModelNotReadyException;
import io.vitrine.recommend.RecommendationService;
import io.vitrine.recommend.Recommendations;
import io.vitrine.search.Comparison;
import io.vitrine.search.ProductComparison;
import io.vitrine.search.SearchHit;
import io.vitrine.search.SearchRequest;
import io.vitrine.search.SearchResult;
import io.vitrine.search.SearchService;
import io.vitrine.search.SearchUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * {@link ChatShop} on the live services: products through the search feature's {@link SearchService} (typos,
 * colours, categories and prices as filters), recommendations through {@link RecommendationService} (then filtered
 * by price, colour and size, topped up from search), comparisons by {@link ProductComparison}, orders through
 * {@link OrderService} and policies through {@link FaqService}.
 */
@ApplicationScoped
public class LiveChatShop implements ChatShop {

    private static final Logger LOG = Logger.getLogger(LiveChatShop.class.getName());
    /** How many recommendations to ask for before filtering them by price, colour and size. */
    private static final int RECOMMEND_POOL = 60;

    @Inject
    SearchService search;
    @Inject
    CatalogService catalog;
    @Inject
    ProductRepository products;
    @Inject
    RecommendationService recommendations;
    @Inject
    OrderService orders;
    @Inject
    FaqService faq;

    private static final long SHELVES_TTL_NANOS = 60_000_000_000L;

    private final ProductComparison comparison = new ProductComparison();
    private volatile Shelves shelves;
    private final LiveProductNames names = new LiveProductNames(this::allProducts, ids -> catalog.getAll(ids));

    @Override
    public List<Product> search(ProductCriteria c, ChatLanguage lang, int n) {
        if (c.text().isEmpty() && c.category().isEmpty()) {
            return List.of();
        }
        SearchRequest.Builder r = SearchRequest.builder().query(c.text()).language(lang.code())
                .size(c.size().isPresent() ? Math.min(SearchRequest.MAX_SIZE, n * 10) : n);
        c.colour().ifPresent(col -> r.colour(colourKeys(col).toArray(String[]::new)));
        c.category().ifPresent(cat -> {
            int slash = cat.indexOf('/');
            if (slash > 0) {
                r.subCategory(cat.substring(slash + 1));
            } else {
                r.category(cat);
            }
        });
        c.price().ifPresent(p -> {
            p.min().ifPresent(m -> r.minPriceCents(cents(m)));
            p.max().ifPresent(m -> r.maxPriceCents(cents(m)));
        });
        SearchResult result;
        try {
            result = search.searchProducts(r.build());
        } catch (SearchUnavailableException e) {
            LOG.log(Level.INFO, "search not ready for the assistant", e);
            return List.of();
        }
        Map<ProductId, Product> byId = search.products(result);
        List<Product> out = new ArrayList<>();
        for (SearchHit h : result.hits()) {
            Product p = byId.get(h.id());
            if (p != null && matchesSize(p, c.size()) && out.size() < n) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /** Unknown until the search serves, which it does once the catalogue is loaded. */
    @Override
    public ProductNames names() {
        return search.ready() ? names.current() : ProductNames.unknown();
    }

    void onProductChanged(@Observes ProductChanged change) {
        names.written(List.of(change.product()));
    }

    void onProductsChanged(@Observes ProductsChanged changes) {
        names.written(changes.products());
    }

    private List<Product> allProducts() {
        try (Stream<Product> all = products.streamAll()) {
            return all.toList();
        }
    }

    @Override
    public Optional<Product> product(String productId) {
        return ProductId.isValid(productId) ? catalog.find(new ProductId(productId)) : Optional.empty();
    }

    @Override
    public Optional<Seller> seller(String sellerId) {
        return catalog.seller(sellerId);
    }

    @Override
    public Optional<ProductTypes.Mention> shelf(String text, ChatLanguage lang) {
        return shelves().find(text);
    }

    /** The catalogue's shelves as the assistant reads them, rebuilt at most once a minute (categories rarely change). */
    private ProductTypes shelves() {
        Shelves s = shelves;
        long now = System.nanoTime();
        if (s == null || now - s.builtAt() > SHELVES_TTL_NANOS) {
            s = new Shelves(ProductTypes.of(shelvesOf(catalog.categories())), now);
            shelves = s;
        }
        return s.types();
    }

    /** Every category and sub-category under each of its names (both languages). */
    public static List<ProductTypes.Shelf> shelvesOf(List<Category> categories) {
        List<ProductTypes.Shelf> out = new ArrayList<>();
        for (Category c : categories) {
            for (SubCategory sub : c.subCategories()) {
                String path = c.id() + "/" + sub.id();
                out.add(new ProductTypes.Shelf(path, sub.id().replace('-', ' ')));
                out.add(new ProductTypes.Shelf(path, sub.name().en()));
                out.add(new ProductTypes.Shelf(path, sub.name().fr()));
            }
            out.add(new ProductTypes.Shelf(c.id(), c.name().en()));
            out.add(new ProductTypes.Shelf(c.id(), c.name().fr()));
        }
        return out;
    }

    private record Shelves(ProductTypes types, long builtAt) {
    }

    @Override
    public List<Product> recommend(Optional<String> accountId, ProductCriteria c, ChatLanguage lang, int n) {
        Map<String, Product> out = new LinkedHashMap<>();
        if (c.category().isPresent()) {
            String cat = c.category().get();
            int slash = cat.indexOf('/');
            Optional<String> category = Optional.of(slash > 0 ? cat.substring(0, slash) : cat);
            Optional<String> sub = slash > 0 ? Optional.of(cat.substring(slash + 1)) : Optional.empty();
            try {
                Recommendations recs = recommendations.forUser(accountId.orElse(Interaction.ANONYMOUS_PREFIX + "chat"),
                        RECOMMEND_POOL, category, sub, lang.code());
                // the recommender serves from its own catalogue snapshot; the reply needs the full products (one read)
                for (Product p : catalog.getAll(recs.items().stream().map(i -> new ProductId(i.product().id().value())).toList())) {
                    if (out.size() < n && fits(p, c)) {
                        out.put(p.id().value(), p);
                    }
                }
            } catch (ModelNotReadyException e) {
                LOG.fine("recommendations not ready; the assistant suggests from search");
            }
        }
        if (out.size() < n) {
            for (Product p : search(c, lang, n * 3)) {
                if (out.size() < n && fits(p, c) && p.inStock()) {
                    out.putIfAbsent(p.id().value(), p);
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** The criteria's price, colour and size, checked on the product itself. */
    static boolean fits(Product p, ProductCriteria c) {
        if (c.price().isPresent() && !c.price().get().contains(p.price().amount())) {
            return false;
        }
        if (c.colour().isPresent()) {
            String colour = p.attribute("colour").or(() -> p.attribute("color")).map(String::toLowerCase).orElse("");
            if (!colourKeys(c.colour().get()).stream().map(k -> k.toLowerCase(Locale.ROOT)).toList().contains(colour)) {
                return false;
            }
        }
        return matchesSize(p, c.size());
    }

    private static boolean matchesSize(Product p, Optional<String> size) {
        return size.isEmpty() || p.attribute("size").map(s -> s.equalsIgnoreCase(size.get())).orElse(false);
    }

    /** The attribute values a colour goes by in the catalogues Vitrine imports (demo keys, Kaggle base colours). */
    static List<String> colourKeys(Colour c) {
        String en = c.names().get(0);
        List<String> keys = new ArrayList<>(List.of(en, Character.toUpperCase(en.charAt(0)) + en.substring(1)));
        switch (c) {
            case KHAKI -> keys.addAll(List.of("olive", "Olive"));
            case YELLOW -> keys.addAll(List.of("mustard", "Mustard"));
            case NAVY -> keys.add("Navy Blue");
            case BLUE -> keys.addAll(List.of("sky", "Sky Blue"));
            case GREY -> keys.addAll(List.of("gray", "Gray", "Grey Melange"));
            default -> {
            }
        }
        return keys;
    }

    private static long cents(BigDecimal euros) {
        return euros.movePointRight(2).longValue();
    }

    @Override
    public Comparison compare(List<Product> products) {
        return comparison.compare(products);
    }

    @Override
    public Optional<Order> order(String accountId, String number) {
        return orders.findForShopper(accountId, number);
    }

    @Override
    public List<Order> recentOrders(String accountId, int n) {
        return orders.ofAccount(accountId, 0, n).items();
    }

    @Override
    public Order cancel(String accountId, String number) {
        return orders.cancelByShopper(accountId, number);
    }

    @Override
    public Optional<FaqEntry> policy(String question, Intent intent, ChatLanguage lang) {
        return faq.best(question, intent.label(), lang);
    }
}
