package io.vitrine.analytics;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Product;
import io.vitrine.events.Interaction;
import io.vitrine.events.InteractionType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The daily roll-up behind the dashboards: per product and UTC day, views, cart additions, purchases, units,
 * revenue, ratings, revenue after recommendation clicks and the searches that led to the product; per seller and
 * day, orders. Filled from the database by {@link RollupReader} and kept current event by event, so a dashboard
 * reads a few thousand counters instead of scanning the events collection (the embedded MongoDB has no secondary
 * index). Plain Java and thread-safe; every query takes a {@link Scope}, so one seller's figures never include
 * another's products.
 *
 * <p>Attribution: a search leads to a product when the same shopper views it from a search result within
 * {@value #SEARCH_WINDOW_MINUTES} minutes of searching; an order line counts for a recommendation kind when the
 * shopper's last cart addition of that product came from a recommendation ({@code source = recommendation:<kind>}).
 */
public final class SalesCube {

    public static final long DAY_MS = 86_400_000L;
    static final int SEARCH_WINDOW_MINUTES = 30;
    private static final long SEARCH_WINDOW_MS = SEARCH_WINDOW_MINUTES * 60_000L;
    /** Bounds the per-shopper memories (last search, cart sources); past it they start afresh. */
    private static final int MAX_TRACKED = 500_000;
    public static final String RECOMMENDATION_PREFIX = "recommendation:";
    static final String SEARCH_SOURCE = "search";

    /** What the cube knows of a product, as the catalogue last announced it. */
    public record ProductInfo(String id, String sellerId, LocalizedText name, String category, String subCategory,
                              long priceCents, String currency, int stock, int ratingCount, Optional<Double> rating) {

        public static ProductInfo of(Product p) {
            return new ProductInfo(p.id().value(), p.sellerId(), p.name(), p.category(), p.subCategory(),
                    p.price().cents(), p.price().currency(), p.stock(), p.ratingCount(), p.averageRating());
        }
    }

    /** One order line as the roll-up needs it. */
    public record Line(String productId, String sellerId, long cents, int quantity) {
    }

    /** Counters of one product on one day. Guarded by the owning {@link Facts}. */
    static final class Day {
        long views;
        long carts;
        long purchases;
        long units;
        long revenueCents;
        final long[] stars = new long[5];
        Map<String, Long> recommendationRevenue;
        Map<String, Long> searches;

        Day copy() {
            Day d = new Day();
            d.views = views;
            d.carts = carts;
            d.purchases = purchases;
            d.units = units;
            d.revenueCents = revenueCents;
            System.arraycopy(stars, 0, d.stars, 0, stars.length);
            d.recommendationRevenue = recommendationRevenue == null ? null : new HashMap<>(recommendationRevenue);
            d.searches = searches == null ? null : new HashMap<>(searches);
            return d;
        }
    }

    /** Everything known of one product's days; outlives the product so a deleted product's sales still count. */
    static final class Facts {
        final String sellerId;
        final TreeMap<Long, Day> days = new TreeMap<>();

        Facts(String sellerId) {
            this.sellerId = sellerId;
        }

        synchronized Day day(long epochDay) {
            return days.computeIfAbsent(epochDay, d -> new Day());
        }
    }

    /** A product's sums over a period. */
    static final class Totals {
        long views;
        long carts;
        long purchases;
        long units;
        long revenueCents;
        long ratingCount;
        long ratingTotal;
        final long[] stars = new long[5];
        final Map<String, Long> recommendationRevenue = new HashMap<>();
        final Map<String, Long> searches = new HashMap<>();

        void add(Day d) {
            views += d.views;
            carts += d.carts;
            purchases += d.purchases;
            units += d.units;
            revenueCents += d.revenueCents;
            for (int s = 0; s < 5; s++) {
                stars[s] += d.stars[s];
                ratingCount += d.stars[s];
                ratingTotal += d.stars[s] * (s + 1);
            }
            if (d.recommendationRevenue != null) {
                d.recommendationRevenue.forEach((k, v) -> recommendationRevenue.merge(k, v, Long::sum));
            }
            if (d.searches != null) {
                d.searches.forEach((k, v) -> searches.merge(k, v, Long::sum));
            }
        }
    }

    /** A shopper's last search, for the views from its result that follow. */
    record LastSearch(String query, long at) {
    }

    private final Map<String, ProductInfo> products = new ConcurrentHashMap<>();
    // package-private for SalesCubeFile, the saved form
    final Map<String, Facts> facts = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> productsOfSeller = new ConcurrentHashMap<>();
    final Map<String, TreeMap<Long, long[]>> sellerOrders = new ConcurrentHashMap<>();
    final TreeMap<Long, long[]> shopOrders = new TreeMap<>();
    /** Retention of the zero-result searches (README): distinct queries kept per day, and days kept. */
    static final int ZERO_RESULT_QUERIES = 5_000;
    static final int ZERO_RESULT_DAYS = 400;
    final TreeMap<Long, Map<String, Long>> zeroResults = new TreeMap<>();
    final Map<String, LastSearch> lastSearch = new ConcurrentHashMap<>();
    final Map<String, String> cartSources = new ConcurrentHashMap<>();
    final Set<String> orderNumbers = ConcurrentHashMap.newKeySet();

    /**
     * A deep copy: the roll-up keeps the cube it read (what the database held up to its cutoff) and serves a copy
     * that the live path then changes, so the next roll-up goes on from its own cube reading only what came since.
     */
    public SalesCube copy() {
        SalesCube c = new SalesCube();
        c.products.putAll(products);
        facts.forEach((id, f) -> {
            Facts copy = new Facts(f.sellerId);
            synchronized (f) {
                f.days.forEach((day, d) -> copy.days.put(day, d.copy()));
            }
            c.facts.put(id, copy);
        });
        productsOfSeller.forEach((seller, ids) -> {
            Set<String> copy = ConcurrentHashMap.newKeySet();
            copy.addAll(ids);
            c.productsOfSeller.put(seller, copy);
        });
        sellerOrders.forEach((seller, days) -> {
            synchronized (days) {
                c.sellerOrders.put(seller, copyCounts(days));
            }
        });
        synchronized (shopOrders) {
            c.shopOrders.putAll(copyCounts(shopOrders));
        }
        synchronized (zeroResults) {
            zeroResults.forEach((day, queries) -> c.zeroResults.put(day, new HashMap<>(queries)));
        }
        c.lastSearch.putAll(lastSearch);
        c.cartSources.putAll(cartSources);
        c.orderNumbers.addAll(orderNumbers);
        return c;
    }

    private static TreeMap<Long, long[]> copyCounts(TreeMap<Long, long[]> days) {
        TreeMap<Long, long[]> copy = new TreeMap<>();
        days.forEach((day, n) -> copy.put(day, n.clone()));
        return copy;
    }

    /** The products the catalogue announced (the roll-up drops those the catalogue no longer has). */
    Set<String> announcedProducts() {
        return Set.copyOf(products.keySet());
    }

    // ---- filling

    public void product(ProductInfo p) {
        ProductInfo old = products.put(p.id(), p);
        if (old != null && !old.sellerId().equals(p.sellerId())) {
            productsOfSeller.getOrDefault(old.sellerId(), Set.of()).remove(p.id());
        }
        productsOfSeller.computeIfAbsent(p.sellerId(), s -> ConcurrentHashMap.newKeySet()).add(p.id());
    }

    public void productRemoved(String productId) {
        ProductInfo old = products.remove(productId);
        if (old != null && !facts.containsKey(productId)) {
            productsOfSeller.getOrDefault(old.sellerId(), Set.of()).remove(productId);
        }
    }

    public Optional<ProductInfo> productInfo(String productId) {
        return Optional.ofNullable(products.get(productId));
    }

    /** Counts one interaction; events of products the cube does not know are skipped (and reported as false). */
    public boolean event(Interaction e) {
        long at = e.occurredAt().toEpochMilli();
        long day = Math.floorDiv(at, DAY_MS);
        if (e.type() == InteractionType.SEARCH) {
            String q = normalise(e.query().orElse(""));
            if (!q.isEmpty()) {
                remember(lastSearch, e.userId(), new LastSearch(q, at));
                if (e.resultCount().orElse(1) == 0) {
                    synchronized (zeroResults) {
                        // bounded: at most ZERO_RESULT_QUERIES distinct queries a day, the last ZERO_RESULT_DAYS days
                        Map<String, Long> ofDay = zeroResults.computeIfAbsent(day, d -> new HashMap<>());
                        if (ofDay.containsKey(q) || ofDay.size() < ZERO_RESULT_QUERIES) {
                            ofDay.merge(q.length() > 200 ? q.substring(0, 200) : q, 1L, Long::sum);
                        }
                        while (zeroResults.size() > ZERO_RESULT_DAYS) {
                            zeroResults.pollFirstEntry();
                        }
                    }
                }
            }
            return true;
        }
        String productId = e.productId().orElse(null);
        ProductInfo info = productId == null ? null : products.get(productId);
        Facts f = productId == null ? null : facts.get(productId);
        if (f == null) {
            if (info == null) {
                return false;
            }
            f = facts(productId, info.sellerId());
        }
        String source = e.source().orElse("");
        synchronized (f) {
            Day d = f.day(day);
            switch (e.type()) {
                case VIEW -> {
                    d.views++;
                    if (source.equals(SEARCH_SOURCE)) {
                        LastSearch s = lastSearch.get(e.userId());
                        if (s != null && at >= s.at() && at - s.at() <= SEARCH_WINDOW_MS) {
                            if (d.searches == null) {
                                d.searches = new HashMap<>();
                            }
                            d.searches.merge(s.query(), 1L, Long::sum);
                        }
                    }
                }
                case ADD_TO_CART -> {
                    d.carts++;
                    remember(cartSources, e.userId() + '\u0000' + productId, source);
                }
                case PURCHASE -> d.purchases++;
                case RATING -> e.rating().filter(r -> r >= 1 && r <= 5).ifPresent(r -> d.stars[r - 1]++);
                default -> {
                    // clicks and likes are not dashboard figures
                }
            }
        }
        return true;
    }

    /**
     * Adds {@code n} interactions of one kind counted by the database ({@link RollupReader}'s {@code $group}): views,
     * purchases and ratings, which need no per-shopper memory.
     */
    public boolean count(String productId, long epochDay, InteractionType type, Integer rating, long n) {
        ProductInfo info = products.get(productId);
        Facts f = facts.get(productId);
        if (f == null) {
            if (info == null) {
                return false;
            }
            f = facts(productId, info.sellerId());
        }
        synchronized (f) {
            Day d = f.day(epochDay);
            switch (type) {
                case VIEW -> d.views += n;
                case ADD_TO_CART -> d.carts += n;
                case PURCHASE -> d.purchases += n;
                case RATING -> {
                    if (rating != null && rating >= 1 && rating <= 5) {
                        d.stars[rating - 1] += n;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    /** Counts an order once (by its number): units, revenue and attribution per line, one order per seller. */
    public boolean order(String number, String accountId, long placedAt, List<Line> lines) {
        if (!orderNumbers.add(number)) {
            return false;
        }
        long day = Math.floorDiv(placedAt, DAY_MS);
        Set<String> sellers = new java.util.HashSet<>();
        for (Line l : lines) {
            sellers.add(l.sellerId());
            Facts f = facts(l.productId(), l.sellerId());
            String source = cartSources.get(accountId + '\u0000' + l.productId());
            synchronized (f) {
                Day d = f.day(day);
                d.units += l.quantity();
                d.revenueCents += l.cents();
                if (source != null && source.startsWith(RECOMMENDATION_PREFIX)) {
                    if (d.recommendationRevenue == null) {
                        d.recommendationRevenue = new HashMap<>();
                    }
                    d.recommendationRevenue.merge(source.substring(RECOMMENDATION_PREFIX.length()), l.cents(), Long::sum);
                }
            }
        }
        for (String s : sellers) {
            TreeMap<Long, long[]> days = sellerOrders.computeIfAbsent(s, x -> new TreeMap<>());
            synchronized (days) {
                days.computeIfAbsent(day, x -> new long[1])[0]++;
            }
        }
        synchronized (shopOrders) {
            shopOrders.computeIfAbsent(day, x -> new long[1])[0]++;
        }
        return true;
    }

    Facts facts(String productId, String sellerId) {
        Facts f = facts.computeIfAbsent(productId, id -> new Facts(sellerId));
        productsOfSeller.computeIfAbsent(f.sellerId, s -> ConcurrentHashMap.newKeySet()).add(productId);
        return f;
    }

    private static <V> void remember(Map<String, V> memory, String key, V value) {
        if (memory.size() >= MAX_TRACKED && !memory.containsKey(key)) {
            memory.clear();
        }
        memory.put(key, value);
    }

    static String normalise(String query) {
        String q = query.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        return q.length() > 100 ? q.substring(0, 100) : q;
    }

    // ---- reading

    /** Ids of the products with facts or catalogue entries in the scope. */
    Collection<String> productIds(Scope scope) {
        if (scope.shop()) {
            Set<String> all = new java.util.HashSet<>(facts.keySet());
            all.addAll(products.keySet());
            return all;
        }
        return List.copyOf(productsOfSeller.getOrDefault(scope.sellerId().get(), Set.of()));
    }

    /** Sums of every product of the scope over the period (products without a single fact are absent). */
    Map<String, Totals> totals(Scope scope, Period period) {
        Map<String, Totals> out = new LinkedHashMap<>();
        for (String id : productIds(scope)) {
            Facts f = facts.get(id);
            if (f == null || !scope.includes(f.sellerId)) {
                continue;
            }
            Totals t = new Totals();
            synchronized (f) {
                for (Day d : f.days.subMap(period.firstEpochDay(), true, period.lastEpochDay(), true).values()) {
                    t.add(d);
                }
            }
            out.put(id, t);
        }
        return out;
    }

    long orders(Scope scope, Period period) {
        TreeMap<Long, long[]> days = scope.shop() ? shopOrders : sellerOrders.get(scope.sellerId().get());
        if (days == null) {
            return 0;
        }
        synchronized (days) {
            return days.subMap(period.firstEpochDay(), true, period.lastEpochDay(), true).values().stream()
                    .mapToLong(a -> a[0]).sum();
        }
    }

    public Figures figures(Scope scope, Period period) {
        return figures(scope, period, totals(scope, period));
    }

    /** The key figures from sums already made for the same scope and period (dashboards need both). */
    Figures figures(Scope scope, Period period, Map<String, Totals> totals) {
        long revenue = 0, units = 0, views = 0, carts = 0, purchases = 0, ratings = 0, stars = 0;
        for (Totals t : totals.values()) {
            revenue += t.revenueCents;
            units += t.units;
            views += t.views;
            carts += t.carts;
            purchases += t.purchases;
            ratings += t.ratingCount;
            stars += t.ratingTotal;
        }
        return new Figures(revenue, orders(scope, period), units, views, carts, purchases, ratings, stars, Optional.empty());
    }

    /** Revenue, orders and units day by day (every day of the period, zero days included). */
    List<Dashboard.DayPoint> daily(Scope scope, Period period) {
        int n = period.days();
        long[] revenue = new long[n];
        long[] units = new long[n];
        long[] orders = new long[n];
        long first = period.firstEpochDay();
        for (String id : productIds(scope)) {
            Facts f = facts.get(id);
            if (f == null || !scope.includes(f.sellerId)) {
                continue;
            }
            synchronized (f) {
                for (Map.Entry<Long, Day> e : f.days.subMap(first, true, period.lastEpochDay(), true).entrySet()) {
                    int i = (int) (e.getKey() - first);
                    revenue[i] += e.getValue().revenueCents;
                    units[i] += e.getValue().units;
                }
            }
        }
        TreeMap<Long, long[]> days = scope.shop() ? shopOrders : sellerOrders.get(scope.sellerId().get());
        if (days != null) {
            synchronized (days) {
                for (Map.Entry<Long, long[]> e : days.subMap(first, true, period.lastEpochDay(), true).entrySet()) {
                    orders[(int) (e.getKey() - first)] = e.getValue()[0];
                }
            }
        }
        List<Dashboard.DayPoint> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Dashboard.DayPoint(LocalDate.ofEpochDay(first + i), revenue[i], orders[i], units[i]));
        }
        return out;
    }

    /** Searches that found nothing, shop-wide (nobody's products matched them). */
    Map<String, Long> zeroResultSearches(Period period) {
        Map<String, Long> out = new HashMap<>();
        synchronized (zeroResults) {
            NavigableMap<Long, Map<String, Long>> in = zeroResults.subMap(period.firstEpochDay(), true, period.lastEpochDay(), true);
            in.values().forEach(m -> m.forEach((q, n) -> out.merge(q, n, Long::sum)));
        }
        return out;
    }

    /** Every product the catalogue announced, in the scope. */
    List<ProductInfo> catalogue(Scope scope) {
        if (scope.shop()) {
            return List.copyOf(products.values());
        }
        return productsOfSeller.getOrDefault(scope.sellerId().get(), Set.of()).stream().map(products::get)
                .filter(p -> p != null && scope.includes(p.sellerId())).toList();
    }

    /** Every product the catalogue announced (median prices compare a product with every seller's). */
    Collection<ProductInfo> allProducts() {
        return products.values();
    }

    public int productCount() {
        return products.size();
    }

    public int orderCount() {
        return orderNumbers.size();
    }
}
