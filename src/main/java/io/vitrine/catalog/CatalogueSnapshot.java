package io.vitrine.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole catalogue in memory, immutable: every product, and for the shop as a whole, each category,
 * sub-category and seller the product ids in each {@link ProductQuery.Sort} order, so a page of any list is a slice
 * (or one pass when a price range filters it) and never a database scan. A change makes a new snapshot that shares
 * everything the change does not touch: a stock or rating move copies one array of references, a price or name change
 * also moves the product in the orders it sits in ({@link #with}).
 * <p>
 * The orders are the database's: newest first, price up or down, English name, most rated first, ties by id.
 * Products are indexed by an ordinal (their slot); the slot of a deleted product stays empty until the next full build.
 */
public final class CatalogueSnapshot {

    /** One product as the read model holds it, with the snapshot version and the time it last changed. */
    public record Entry(Product product, long version, Instant changedAt) {
    }

    private static final String ALL = "*";
    private static final int[] NONE = new int[0];
    private static final Map<ProductQuery.Sort, Comparator<Product>> ORDERS = orders();

    private final Entry[] slots;
    private final IdOrdinals ordinals;
    /** "*", "c:category", "s:subCategory", "v:seller" to the ordinals in each sort order. */
    private final Map<String, Map<ProductQuery.Sort, int[]>> lists;
    private final long version;
    private final int size;

    private CatalogueSnapshot(Entry[] slots, IdOrdinals ordinals, Map<String, Map<ProductQuery.Sort, int[]>> lists,
                              long version) {
        this.slots = slots;
        this.ordinals = ordinals;
        this.lists = lists;
        this.version = version;
        this.size = ordinals.size();
    }

    public static CatalogueSnapshot empty() {
        return new CatalogueSnapshot(new Entry[0], IdOrdinals.empty(), Map.of(), 0);
    }

    /** A snapshot of {@code products} at version {@code version}, all changed at {@code at}. */
    public static CatalogueSnapshot of(Collection<Product> products, long version, Instant at) {
        return build(products.stream().map(p -> new Entry(p.share(), version, at)).toList(), version);
    }

    private static CatalogueSnapshot build(List<Entry> entries, long version) {
        Entry[] slots = entries.toArray(Entry[]::new);
        Map<String, Integer> ordinals = new HashMap<>(slots.length * 2);
        Map<String, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < slots.length; i++) {
            if (ordinals.put(slots[i].product().idValue(), i) != null) {
                throw new IllegalArgumentException("product " + slots[i].product().idValue() + " twice in the catalogue");
            }
            for (String key : keys(slots[i].product())) {
                members.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, Map<ProductQuery.Sort, int[]>> lists = new HashMap<>(members.size() * 2);
        members.forEach((key, ords) -> {
            Map<ProductQuery.Sort, int[]> sorted = new EnumMap<>(ProductQuery.Sort.class);
            for (ProductQuery.Sort sort : ProductQuery.Sort.values()) {
                Comparator<Product> order = ORDERS.get(sort);
                sorted.put(sort, ords.stream().sorted((a, b) -> order.compare(slots[a].product(), slots[b].product()))
                        .mapToInt(Integer::intValue).toArray());
            }
            lists.put(key, sorted);
        });
        return new CatalogueSnapshot(slots, IdOrdinals.empty().with(ordinals, List.of()), lists, version);
    }

    /**
     * This snapshot with {@code changed} products put in (added or replaced) and {@code deleted} ones taken out, as
     * version {@code version}. Only the orders a changed product moves in are copied, each once for all the changes
     * (a batch of an import merges its products into each list in one pass); very many changes at once rebuild the
     * orders in one go instead.
     */
    public CatalogueSnapshot with(Collection<Product> changed, Collection<ProductId> deleted, long version, Instant at) {
        if (changed.size() + deleted.size() > Math.max(64, size / 8)) {
            return rebuilt(changed, deleted, version, at);
        }
        int added = (int) changed.stream().filter(p -> !ordinals.contains(p.idValue())).map(Product::idValue).distinct().count();
        Entry[] next = Arrays.copyOf(slots, slots.length + added);
        // the ids given a slot and those taken out by this change: the id map is copied once, with them, at the end
        Map<String, Integer> newOrdinals = new HashMap<>();
        Set<String> removed = new HashSet<>();
        // per list, the ordinals leaving it and those (re-)entering it: each touched list is copied once, not once a product
        Map<String, Set<Integer>> leaving = new HashMap<>();
        Map<String, Set<Integer>> entering = new HashMap<>();
        int free = slots.length;
        for (Product p : changed) {
            Integer known = newOrdinals.get(p.idValue());
            if (known == null && ordinals.get(p.idValue()) >= 0) {
                known = ordinals.get(p.idValue());
            }
            Product old = known == null ? null : next[known].product();
            int ordinal = known != null ? known : free++;
            next[ordinal] = new Entry(p.share(), version, at);
            if (known == null) {
                newOrdinals.put(p.idValue(), ordinal);
            }
            if (old == null || movesIn(old, p)) {
                if (old != null) {
                    keys(old).forEach(k -> leaving.computeIfAbsent(k, x -> new HashSet<>()).add(ordinal));
                }
                keys(p).forEach(k -> entering.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(ordinal));
            }
        }
        for (ProductId id : deleted) {
            Integer fresh = newOrdinals.remove(id.value());
            Integer ordinal = fresh != null ? fresh
                    : ordinals.get(id.value()) >= 0 && removed.add(id.value()) ? Integer.valueOf(ordinals.get(id.value())) : null;
            if (ordinal != null) {
                keys(next[ordinal].product()).forEach(k -> leaving.computeIfAbsent(k, x -> new HashSet<>()).add(ordinal));
                entering.values().forEach(in -> in.remove(ordinal));
                next[ordinal] = null;
            }
        }
        Map<String, Map<ProductQuery.Sort, int[]>> nextLists = new HashMap<>(lists);
        Set<String> touched = new HashSet<>(leaving.keySet());
        touched.addAll(entering.keySet());
        for (String key : touched) {
            Map<ProductQuery.Sort, int[]> sorted = lists.get(key);
            Set<Integer> out = leaving.getOrDefault(key, Set.of());
            Set<Integer> in = entering.getOrDefault(key, Set.of());
            Map<ProductQuery.Sort, int[]> copy = new EnumMap<>(ProductQuery.Sort.class);
            for (ProductQuery.Sort sort : ProductQuery.Sort.values()) {
                int[] ords = sorted == null ? NONE : sorted.get(sort);
                copy.put(sort, merged(out.isEmpty() ? ords : without(ords, out), in, next, ORDERS.get(sort)));
            }
            if (copy.values().iterator().next().length == 0) {
                nextLists.remove(key);
            } else {
                nextLists.put(key, copy);
            }
        }
        IdOrdinals nextOrdinals = newOrdinals.isEmpty() && removed.isEmpty() ? ordinals : ordinals.with(newOrdinals, removed);
        return new CatalogueSnapshot(next, nextOrdinals, nextLists, version);
    }

    private CatalogueSnapshot rebuilt(Collection<Product> changed, Collection<ProductId> deleted, long version, Instant at) {
        Map<String, Entry> byId = new HashMap<>(ordinals.size() * 2);
        for (Entry e : slots) {
            if (e != null) {
                byId.put(e.product().idValue(), e);
            }
        }
        changed.forEach(p -> byId.put(p.idValue(), new Entry(p.share(), version, at)));
        deleted.forEach(id -> byId.remove(id.value()));
        List<Entry> entries = byId.values().stream().sorted(Comparator.comparing(e -> e.product().idValue())).toList();
        return build(entries, version);
    }

    /** True when the change moves the product in some order or list (not a stock, rating-total or text change). */
    private static boolean movesIn(Product old, Product p) {
        return !keys(old).equals(keys(p)) || old.priceCents() != p.priceCents() || old.createdAtMillis() != p.createdAtMillis()
                || old.ratingCount() != p.ratingCount() || !java.util.Objects.equals(old.name().storedEn(), p.name().storedEn());
    }

    /** The ordinals of {@code ords} but those in {@code out}, in the same order. */
    private static int[] without(int[] ords, Set<Integer> out) {
        int[] kept = new int[ords.length];
        int n = 0;
        for (int ordinal : ords) {
            if (!out.contains(ordinal)) {
                kept[n++] = ordinal;
            }
        }
        return n == ords.length ? ords : Arrays.copyOf(kept, n);
    }

    /**
     * {@code ords} (sorted by {@code order}) with {@code in} put in their places. Each newcomer's place is found by
     * binary search from the last one's, and the runs between are copied whole: a batch of 500 costs about 500 x 17
     * comparisons in a list of 100,000, where a merge compared along the whole list (every comparison two products
     * read from anywhere in memory, in four of the five orders, in each list a batch touches).
     */
    static int[] merged(int[] ords, Set<Integer> in, Entry[] slots, Comparator<Product> order) {
        if (in.isEmpty()) {
            return ords;
        }
        int[] add = in.stream().sorted((a, b) -> order.compare(slots[a].product(), slots[b].product()))
                .mapToInt(Integer::intValue).toArray();
        int[] out = new int[ords.length + add.length];
        int from = 0;
        int n = 0;
        for (int ordinal : add) {
            Product p = slots[ordinal].product();
            // the first of ords[from..] that sorts after p (a tie keeps the listed one first)
            int lo = from;
            int hi = ords.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (order.compare(slots[ords[mid]].product(), p) <= 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            System.arraycopy(ords, from, out, n, lo - from);
            n += lo - from;
            from = lo;
            out[n++] = ordinal;
        }
        System.arraycopy(ords, from, out, n, ords.length - from);
        return out;
    }

    private static List<String> keys(Product p) {
        return List.of(ALL, "c:" + p.category(), "s:" + p.subCategory(), "v:" + p.sellerId());
    }

    private static Map<ProductQuery.Sort, Comparator<Product>> orders() {
        Comparator<Product> byId = Comparator.comparing(Product::idValue);
        Map<ProductQuery.Sort, Comparator<Product>> orders = new EnumMap<>(ProductQuery.Sort.class);
        orders.put(ProductQuery.Sort.NEWEST, Comparator.comparingLong(Product::createdAtMillis).reversed().thenComparing(byId));
        orders.put(ProductQuery.Sort.PRICE_ASC, Comparator.comparingLong(Product::priceCents).thenComparing(byId));
        orders.put(ProductQuery.Sort.PRICE_DESC, Comparator.comparingLong(Product::priceCents).reversed().thenComparing(byId));
        // a product without an English name sorts first, as the database puts a missing field first
        orders.put(ProductQuery.Sort.NAME, Comparator.comparing((Product p) -> p.name().storedEn(),
                Comparator.nullsFirst(Comparator.<String>naturalOrder())).thenComparing(byId));
        orders.put(ProductQuery.Sort.RATING, Comparator.comparingInt(Product::ratingCount).reversed().thenComparing(byId));
        return orders;
    }

    public long version() {
        return version;
    }

    public int size() {
        return size;
    }

    public Optional<Product> find(ProductId id) {
        return entry(id).map(Entry::product);
    }

    public Optional<Entry> entry(ProductId id) {
        int ordinal = ordinals.get(id.value());
        return ordinal < 0 ? Optional.empty() : Optional.of(slots[ordinal]);
    }

    /** The known products among {@code ids}, in the caller's order (ranked lists stay ranked), each once. */
    public List<Product> findAll(Collection<ProductId> ids) {
        Set<ProductId> once = new LinkedHashSet<>(ids);
        List<Product> found = new ArrayList<>(once.size());
        for (ProductId id : once) {
            find(id).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    /** Every product in id order. */
    public List<Product> all() {
        List<Product> all = new ArrayList<>(size);
        for (Entry e : slots) {
            if (e != null) {
                all.add(e.product());
            }
        }
        all.sort(Comparator.comparing(Product::idValue));
        return all;
    }

    /**
     * The page the query asks for: the narrowest list the filters name (sub-category, seller, category, the whole
     * shop) in the query's order, sliced directly when it is exactly the filter, else read once to count the matches.
     */
    public Page<Product> find(ProductQuery q) {
        String key = q.subCategory().map(s -> "s:" + s)
                .or(() -> q.seller().map(s -> "v:" + s))
                .or(() -> q.category().map(c -> "c:" + c))
                .orElse(ALL);
        Map<ProductQuery.Sort, int[]> sorted = lists.get(key);
        int[] ords = sorted == null ? NONE : sorted.get(q.sort());
        long offset = q.offset();
        List<Product> items = new ArrayList<>(q.size());
        if (exactly(q, key)) {
            for (long i = offset; i < ords.length && items.size() < q.size(); i++) {
                items.add(slots[ords[(int) i]].product());
            }
            return new Page<>(items, ords.length, q.page(), q.size());
        }
        long total = 0;
        for (int ord : ords) {
            Product p = slots[ord].product();
            if (matches(q, p)) {
                if (total >= offset && items.size() < q.size()) {
                    items.add(p);
                }
                total++;
            }
        }
        return new Page<>(items, total, q.page(), q.size());
    }

    /** True when the list under {@code key} holds exactly the query's matches (one filter, the one the key is). */
    private static boolean exactly(ProductQuery q, String key) {
        int filters = (q.category().isPresent() ? 1 : 0) + (q.subCategory().isPresent() ? 1 : 0) + (q.seller().isPresent() ? 1 : 0)
                + (q.minPriceCents().isPresent() ? 1 : 0) + (q.maxPriceCents().isPresent() ? 1 : 0);
        return filters == 0 || filters == 1 && !key.equals(ALL);
    }

    private static boolean matches(ProductQuery q, Product p) {
        return q.category().map(p.category()::equals).orElse(true)
                && q.subCategory().map(p.subCategory()::equals).orElse(true)
                && q.seller().map(p.sellerId()::equals).orElse(true)
                && q.minPriceCents().map(min -> p.priceCents() >= min).orElse(true)
                && q.maxPriceCents().map(max -> p.priceCents() <= max).orElse(true);
    }
}
