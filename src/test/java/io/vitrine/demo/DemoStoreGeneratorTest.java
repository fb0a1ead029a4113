package io.vitrine.demo;

import io.vitrine.catalog.Category;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.Seller;
import io.vitrine.catalog.SubCategory;
import io.vitrine.customer.Account;
import io.vitrine.platform.security.Role;
import io.vitrine.demo.DemoStore.Bundle;
import io.vitrine.demo.DemoStore.ShopperTaste;
import io.vitrine.events.Interaction;
import io.vitrine.events.InteractionType;
import io.vitrine.order.Order;
import io.vitrine.order.OrderLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default demo store is generated once; each test checks one promise of issue 2, item 4. */
class DemoStoreGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");
    private static final String HASH = "PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaA==";
    private static DemoStore store;
    private static long generationMillis;

    @BeforeAll
    static void generate() {
        long t0 = System.nanoTime();
        store = new DemoStoreGenerator().generate(DemoSpec.of(42, NOW, HASH));
        generationMillis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("demo store generated in %d ms: %d products, %d events, %d orders%n", generationMillis,
                store.products().size(), store.events().size(), store.orders().size());
    }

    private static long count(InteractionType type) {
        return store.events().stream().filter(e -> e.type() == type).count();
    }

    @Test
    void generationIsQuick() {
        // the target is a few seconds; the bound is loose so a busy shared box does not fail the build
        assertTrue(generationMillis < 45_000, generationMillis + " ms");
    }

    @Test
    void sameSeedGivesTheSameStoreAndAnotherSeedAnotherOne() throws Exception {
        DemoSpec small = DemoSpec.of(7, NOW, HASH).withProducts(300).withShoppers(80);
        DemoStore smallStore = new DemoStoreGenerator().generate(small);
        assertTrue(smallStore.orders().size() >= 5 * 80, "five orders per shopper whatever the seed");
        String first = fingerprint(smallStore);
        String again = fingerprint(new DemoStoreGenerator().generate(small));
        String other = fingerprint(new DemoStoreGenerator().generate(small.withSeed(8)));
        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    @Test
    void hasTheSizeTheIssueAsksFor() {
        assertTrue(store.categories().size() >= 8);
        assertTrue(store.categories().stream().mapToInt(c -> c.subCategories().size()).sum() >= 40);
        assertTrue(store.sellers().size() >= 20);
        assertTrue(store.products().size() >= 2_000);
        assertTrue(store.accounts().stream().filter(a -> a.role() == Role.SHOPPER).count() >= 1_000);
        assertTrue(store.events().size() >= 100_000, store.events().size() + " events");
        assertTrue(store.orders().size() >= 5_000, store.orders().size() + " orders");
    }

    @Test
    void everythingHappensInTheLast180DaysInTimeOrder() {
        Instant since = NOW.minus(Duration.ofDays(180));
        Instant previous = Instant.MIN;
        for (Interaction e : store.events()) {
            assertTrue(!e.occurredAt().isBefore(since) && e.occurredAt().isBefore(NOW), e.occurredAt().toString());
            assertFalse(e.occurredAt().isBefore(previous));
            previous = e.occurredAt();
        }
        for (Order o : store.orders()) {
            assertTrue(!o.placedAt().isBefore(since) && o.placedAt().isBefore(NOW));
            assertFalse(o.updatedAt().isAfter(NOW));
        }
        assertEquals(store.events().size(), store.events().stream().map(Interaction::id).distinct().count());
    }

    @Test
    void everyProductBelongsToTheTreeAndASeller() {
        Set<String> sellers = store.sellers().stream().map(Seller::id).collect(Collectors.toSet());
        Map<String, Set<String>> tree = new HashMap<>();
        for (Category c : store.categories()) {
            tree.put(c.id(), c.subCategories().stream().map(SubCategory::id).collect(Collectors.toSet()));
        }
        Map<String, Long> perSub = new HashMap<>();
        for (Product p : store.products()) {
            assertTrue(sellers.contains(p.sellerId()));
            assertTrue(tree.get(p.category()).contains(p.subCategory()), p.subCategory());
            assertTrue(p.brand().isPresent());
            assertTrue(p.attribute("colour").isPresent());
            assertEquals("EUR", p.price().currency());
            assertTrue(p.price().cents() >= 400, p.toString());
            perSub.merge(p.subCategory(), 1L, Long::sum);
        }
        assertEquals(tree.values().stream().mapToInt(Set::size).sum(), perSub.size(), "every sub-category has products");
        assertTrue(perSub.values().stream().allMatch(n -> n >= 20), perSub.toString());
        long outOfStock = store.products().stream().filter(p -> !p.inStock()).count();
        long low = store.products().stream().filter(p -> p.stock() > 0 && p.stock() <= 5).count();
        assertTrue(outOfStock > 50 && outOfStock < 400, outOfStock + " out of stock");
        assertTrue(low > 100, low + " low on stock");
    }

    @Test
    void pricesFitTheSubCategory() {
        Map<String, Double> median = medianPriceBySub();
        assertTrue(median.get("laptops") > 10 * median.get("socks"));
        assertTrue(median.get("smartphones") > 5 * median.get("phone-cases"));
        assertTrue(median.get("watches") > median.get("t-shirts"));
    }

    @Test
    void namesAndDescriptionsAreBilingual() {
        long differentNames = store.products().stream().filter(p -> !p.name().en().equals(p.name().fr())).count();
        long differentDescriptions = store.products().stream()
                .filter(p -> !p.description().en().equals(p.description().fr())).count();
        assertTrue(differentNames > 0.95 * store.products().size());
        assertEquals(store.products().size(), differentDescriptions);
        assertTrue(store.products().stream().map(p -> p.name().en()).distinct().count() > 0.8 * store.products().size(),
                "names are varied");
    }

    @Test
    void everyOrderLineHasItsPurchaseEventAndNoPurchaseIsLeftOver() {
        Map<String, Integer> purchases = new HashMap<>();
        for (Interaction e : store.events()) {
            if (e.type() == InteractionType.PURCHASE) {
                purchases.merge(key(e.userId(), e.productId().orElseThrow(), e.quantity(), e.occurredAt()), 1, Integer::sum);
            }
        }
        int lines = 0;
        for (Order o : store.orders()) {
            for (OrderLine l : o.lines()) {
                lines++;
                String k = key(o.accountId(), l.productId(), l.quantity(), o.placedAt());
                Integer left = purchases.get(k);
                assertTrue(left != null && left > 0, "no purchase event for " + o.number() + " " + l.productId());
                purchases.put(k, left - 1);
            }
        }
        assertEquals(count(InteractionType.PURCHASE), lines);
    }

    @Test
    void orderNumbersAreUniqueAndWellFormed() {
        Set<String> numbers = new HashSet<>();
        for (Order o : store.orders()) {
            assertTrue(Order.NUMBER.matcher(o.number()).matches(), o.number());
            assertTrue(numbers.add(o.number()), "duplicate " + o.number());
        }
    }

    @Test
    void ratingSummariesMatchTheRatingEvents() {
        Map<String, int[]> fromEvents = new HashMap<>();
        for (Interaction e : store.events()) {
            if (e.type() == InteractionType.RATING) {
                int[] sum = fromEvents.computeIfAbsent(e.productId().orElseThrow(), k -> new int[2]);
                sum[0]++;
                sum[1] += e.rating().orElseThrow();
            }
        }
        for (Product p : store.products()) {
            int[] sum = fromEvents.getOrDefault(p.id().value(), new int[2]);
            assertEquals(sum[0], p.ratingCount(), p.id().value());
            if (sum[0] > 0) {
                assertEquals((double) sum[1] / sum[0], p.averageRating().orElseThrow(), 1e-9);
            }
        }
    }

    @Test
    void ratingsAreSkewedPositiveAndFollowAPurchase() {
        Map<Integer, Long> stars = new TreeMap<>();
        Set<String> bought = new HashSet<>();
        for (Interaction e : store.events()) {
            if (e.type() == InteractionType.PURCHASE) {
                bought.add(e.userId() + "|" + e.productId().orElseThrow());
            }
            if (e.type() == InteractionType.RATING) {
                stars.merge(e.rating().orElseThrow(), 1L, Long::sum);
                assertTrue(bought.contains(e.userId() + "|" + e.productId().orElseThrow()), "rated before buying");
            }
        }
        long total = stars.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(5, stars.size(), "all five ratings occur: " + stars);
        assertTrue(stars.get(4) + stars.get(5) > 0.6 * total, stars.toString());
        assertTrue(stars.get(1) < stars.get(5) / 4, stars.toString());
    }

    @Test
    void funnelRatesAreRealistic() {
        double viewToCart = (double) count(InteractionType.ADD_TO_CART) / count(InteractionType.VIEW);
        double cartToPurchase = (double) count(InteractionType.PURCHASE) / count(InteractionType.ADD_TO_CART);
        assertTrue(viewToCart >= 0.08 && viewToCart <= 0.12, "view -> cart " + viewToCart);
        assertTrue(cartToPurchase >= 0.30 && cartToPurchase <= 0.40, "cart -> purchase " + cartToPurchase);
        assertTrue(count(InteractionType.LIKE) > 1_000);
        assertTrue(count(InteractionType.SEARCH) > 1_000);
    }

    @Test
    void theFunnelRunsInOrderViewThenCartThenPurchase() {
        Set<String> viewed = new HashSet<>();
        Set<String> carted = new HashSet<>();
        for (Interaction e : store.events()) {
            String key = e.userId() + "|" + e.productId().orElse("");
            switch (e.type()) {
                case VIEW -> viewed.add(key);
                case ADD_TO_CART -> {
                    assertTrue(viewed.contains(key), "cart without a view: " + e.id());
                    carted.add(key);
                }
                case PURCHASE -> assertTrue(carted.contains(key), "purchase without a cart: " + e.id());
                default -> {
                }
            }
        }
    }

    @Test
    void popularityHasALongTail() {
        Map<String, Long> views = store.events().stream().filter(e -> e.type() == InteractionType.VIEW)
                .collect(Collectors.groupingBy(e -> e.productId().orElseThrow(), Collectors.counting()));
        List<Long> sorted = views.values().stream().sorted((a, b) -> Long.compare(b, a)).toList();
        long total = sorted.stream().mapToLong(Long::longValue).sum();
        long top = sorted.stream().limit(store.products().size() / 10).mapToLong(Long::longValue).sum();
        assertTrue(top > 0.4 * total, "top 10% of products get " + (100.0 * top / total) + "% of views");
        long median = sorted.get(sorted.size() / 2);
        assertTrue(sorted.get(0) > 20 * median, "the head is far above the median");
    }

    @Test
    void trafficHasAWeekdayRhythm() {
        Map<DayOfWeek, Long> views = new EnumMap<>(DayOfWeek.class);
        store.events().stream().filter(e -> e.type() == InteractionType.VIEW)
                .forEach(e -> views.merge(e.occurredAt().atZone(ZoneOffset.UTC).getDayOfWeek(), 1L, Long::sum));
        double midweek = (views.get(DayOfWeek.TUESDAY) + views.get(DayOfWeek.WEDNESDAY) + views.get(DayOfWeek.THURSDAY)) / 3.0;
        assertTrue(views.get(DayOfWeek.SUNDAY) > 1.15 * midweek, views.toString());
    }

    @Test
    void eveningsAreBusierThanNights() {
        long[] perHour = new long[24];
        store.events().stream().filter(e -> e.type() == InteractionType.VIEW)
                .forEach(e -> perHour[e.occurredAt().atZone(ZoneOffset.UTC).getHour()]++);
        long evening = perHour[19] + perHour[20] + perHour[21];
        long night = perHour[2] + perHour[3] + perHour[4];
        assertTrue(evening > 5 * night, evening + " vs " + night);
    }

    @Test
    void blackFridayWeekIsBusierThanAnAverageWeek() {
        Map<java.time.LocalDate, Long> perDay = store.events().stream().filter(e -> e.type() == InteractionType.VIEW)
                .collect(Collectors.groupingBy(e -> e.occurredAt().atZone(ZoneOffset.UTC).toLocalDate(), Collectors.counting()));
        double average = perDay.values().stream().mapToLong(Long::longValue).average().orElseThrow();
        double blackFriday = perDay.entrySet().stream()
                .filter(e -> e.getKey().getMonthValue() == 11 && e.getKey().getDayOfMonth() >= 22
                        && e.getKey().getDayOfMonth() <= 28)
                .mapToLong(Map.Entry::getValue).average().orElseThrow();
        assertTrue(blackFriday > 1.3 * average, blackFriday + " vs " + average);
    }

    @Test
    void nobodyActsBeforeTheyOrTheProductExisted() {
        Map<String, Instant> created = store.products().stream()
                .collect(Collectors.toMap(p -> p.id().value(), Product::createdAt));
        Map<String, Instant> joined = store.accounts().stream().collect(Collectors.toMap(Account::id, Account::createdAt));
        for (Interaction e : store.events()) {
            e.productId().ifPresent(p -> assertFalse(e.occurredAt().isBefore(created.get(p)), e.id()));
            Instant since = joined.get(e.userId());
            assertTrue(since == null ? e.anonymous() : !e.occurredAt().isBefore(since), e.id());
        }
        Map<String, Instant> sellerJoined = store.sellers().stream().collect(Collectors.toMap(Seller::id, Seller::joinedAt));
        assertTrue(store.products().stream().allMatch(p -> p.createdAt().isAfter(sellerJoined.get(p.sellerId()))));
    }

    @Test
    void clicksAreAttributedToTheirSource() {
        Set<String> sources = store.events().stream().filter(e -> e.type() == InteractionType.CLICK)
                .map(e -> e.source().orElse("")).collect(Collectors.toSet());
        assertTrue(sources.containsAll(List.of("search", "home:popular", "recommendation:similar",
                "recommendation:bought-together")), sources.toString());
    }

    @Test
    void anonymousSessionsBrowseButNeitherBuyNorRate() {
        List<Interaction> anonymous = store.events().stream().filter(Interaction::anonymous).toList();
        assertTrue(anonymous.size() > 0.05 * store.events().size());
        assertTrue(anonymous.stream().allMatch(e -> e.userId().startsWith("anon:")));
        assertTrue(anonymous.stream().noneMatch(e -> e.type() == InteractionType.PURCHASE
                || e.type() == InteractionType.RATING || e.type() == InteractionType.LIKE));
    }

    @Test
    void bundlesAreBoughtTogether() {
        Map<String, String> partner = new HashMap<>();
        for (Bundle b : store.bundles()) {
            partner.put(b.productId(), b.partnerId());
        }
        int withProduct = 0;
        int withBoth = 0;
        for (Order o : store.orders()) {
            Set<String> ids = o.lines().stream().map(OrderLine::productId).collect(Collectors.toSet());
            for (String id : ids) {
                if (partner.containsKey(id)) {
                    withProduct++;
                    withBoth += ids.contains(partner.get(id)) ? 1 : 0;
                }
            }
        }
        assertTrue(withBoth > 200, withBoth + " bundles bought together");
        assertTrue(withBoth > 0.25 * withProduct, withBoth + " of " + withProduct);
    }

    @Test
    void shoppersHaveDistinctTastes() {
        Map<String, ShopperTaste> tastes = store.tastes().stream()
                .collect(Collectors.toMap(ShopperTaste::accountId, t -> t));
        Map<String, String> subOf = store.products().stream()
                .collect(Collectors.toMap(p -> p.id().value(), Product::subCategory));
        long views = 0;
        long inFavourites = 0;
        for (Interaction e : store.events()) {
            ShopperTaste t = tastes.get(e.userId());
            if (t != null && e.type() == InteractionType.VIEW) {
                views++;
                inFavourites += t.favouriteSubCategories().contains(subOf.get(e.productId().orElseThrow())) ? 1 : 0;
            }
        }
        assertTrue(inFavourites > 0.5 * views, inFavourites + " of " + views + " views in favourite sub-categories");
        assertTrue(store.tastes().stream().map(ShopperTaste::favouriteSubCategories).distinct().count() > 300);
    }

    @Test
    void accountsFollowTheDemoPattern() {
        List<Account> shoppers = store.accounts().stream().filter(a -> a.role() == Role.SHOPPER).toList();
        assertEquals(DemoStore.shopperEmail(1), shoppers.get(0).email());
        assertEquals("shopper0001@demo.vitrine.io", shoppers.get(0).email());
        assertTrue(shoppers.stream().allMatch(a -> a.passwordHash().equals(HASH)));
        List<Account> sellers = store.accounts().stream().filter(a -> a.role() == Role.SELLER).toList();
        assertEquals(store.sellers().size(), sellers.size());
        assertEquals(store.sellers().stream().map(Seller::id).collect(Collectors.toSet()),
                sellers.stream().map(a -> a.sellerId().orElseThrow()).collect(Collectors.toSet()));
        assertEquals(1, store.accounts().stream().filter(a -> a.role() == Role.ADMIN).count());
        assertEquals(store.accounts().size(), store.accounts().stream().map(Account::id).distinct().count());
        Set<String> ids = store.accounts().stream().map(Account::id).collect(Collectors.toSet());
        assertTrue(store.orders().stream().allMatch(o -> ids.contains(o.accountId())));
        assertTrue(shoppers.stream().anyMatch(a -> a.language().equals("fr")));
    }

    private static Map<String, Double> medianPriceBySub() {
        Map<String, List<Long>> prices = new HashMap<>();
        store.products().forEach(p -> prices.computeIfAbsent(p.subCategory(), k -> new ArrayList<>()).add(p.price().cents()));
        Map<String, Double> median = new HashMap<>();
        prices.forEach((sub, list) -> median.put(sub, (double) list.stream().sorted().toList().get(list.size() / 2)));
        return median;
    }

    private static String key(String user, String product, int quantity, Instant at) {
        return user + "|" + product + "|" + quantity + "|" + at.toEpochMilli();
    }

    /** A digest of everything the loader will persist; entity equality is by id only, so it cannot be used. */
    static String fingerprint(DemoStore s) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        StringBuilder b = new StringBuilder();
        for (Category c : s.categories()) {
            b.append(c.id()).append(c.name()).append(c.position());
            c.subCategories().forEach(sc -> b.append(sc.id()).append(sc.name()));
        }
        for (Seller x : s.sellers()) {
            b.append(x.id()).append(x.name()).append(x.email()).append(x.country()).append(x.joinedAt());
        }
        for (Product p : s.products()) {
            b.append(p.id()).append(p.sellerId()).append(p.name()).append(p.description()).append(p.category())
                    .append(p.subCategory()).append(p.brand()).append(new TreeMap<>(p.attributes())).append(p.price())
                    .append(p.stock()).append(p.ratingCount()).append(p.averageRating()).append(p.createdAt());
            flush(md, b);
        }
        for (Account a : s.accounts()) {
            b.append(a.id()).append(a.displayName()).append(a.role()).append(a.language()).append(a.createdAt());
        }
        for (Interaction e : s.events()) {
            b.append(e.id()).append(e.type()).append(e.userId()).append(e.productId()).append(e.occurredAt())
                    .append(e.source()).append(e.rating()).append(e.quantity()).append(e.query());
            flush(md, b);
        }
        for (Order o : s.orders()) {
            b.append(o.number()).append(o.accountId()).append(o.total()).append(o.status()).append(o.placedAt())
                    .append(o.updatedAt());
            o.lines().forEach(l -> b.append(l.productId()).append(l.quantity()).append(l.unitPrice()).append(l.name()));
            flush(md, b);
        }
        s.bundles().forEach(x -> b.append(x));
        s.tastes().forEach(x -> b.append(x));
        flush(md, b);
        return HexFormat.of().formatHex(md.digest());
    }

    private static void flush(MessageDigest md, StringBuilder b) {
        md.update(b.toString().getBytes(StandardCharsets.UTF_8));
        b.setLength(0);
    }
}
