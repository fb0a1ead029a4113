package io.vitrine.analytics;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.catalog.Page;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads dashboards and product analyses out of a {@link SalesCube}. Plain Java so the figures can be checked by
 * hand in unit tests; {@link AnalyticsService} adds access rules and the live cube.
 */
public final class Reports {

    static final int TOP = 10;

    /**
     * A filtered, sorted slice of the product analysis: {@code size} rows from row {@code offset} (a table page, or
     * an exporter's chunk, which need not start on a page boundary); {@code text} matches name (either language) or id.
     */
    public record RowQuery(Optional<String> text, Optional<String> category, boolean withHintsOnly,
                           ProductRow.SortField sort, boolean ascending, int offset, int size) {

        public static final int MAX_SIZE = 500;

        public RowQuery {
            if (offset < 0) {
                throw new InvalidInputException("page must be 0 or more");
            }
            if (size < 1 || size > MAX_SIZE) {
                throw new InvalidInputException("size must be 1 to " + MAX_SIZE);
            }
            text = text.map(String::strip).filter(t -> !t.isEmpty());
            category = category.map(String::strip).filter(t -> !t.isEmpty());
            sort = sort == null ? ProductRow.SortField.REVENUE : sort;
        }

        public static RowQuery firstPage(int size) {
            return new RowQuery(Optional.empty(), Optional.empty(), false, ProductRow.SortField.REVENUE, false, 0, size);
        }
    }

    private Reports() {
    }

    public static Dashboard dashboard(SalesCube cube, Scope scope, Period period) {
        Map<String, SalesCube.Totals> totals = cube.totals(scope, period);
        Figures current = cube.figures(scope, period, totals);
        Figures previous = cube.figures(scope, period.previous());

        Map<String, long[]> categories = new HashMap<>();
        Map<String, long[]> subCategories = new HashMap<>();
        Map<String, Long> recommendation = new HashMap<>();
        Map<String, Long> searches = new HashMap<>();
        long[] stars = new long[5];
        for (Map.Entry<String, SalesCube.Totals> e : totals.entrySet()) {
            SalesCube.Totals t = e.getValue();
            cube.productInfo(e.getKey()).ifPresent(p -> {
                add(categories, p.category(), t);
                add(subCategories, p.category() + "/" + p.subCategory(), t);
            });
            t.recommendationRevenue.forEach((k, v) -> recommendation.merge(k, v, Long::sum));
            t.searches.forEach((k, v) -> searches.merge(k, v, Long::sum));
            for (int s = 0; s < 5; s++) {
                stars[s] += t.stars[s];
            }
        }

        // least popular: every catalogued product counts, including those nobody looked at
        List<Dashboard.ProductFigure> figures = new ArrayList<>();
        for (SalesCube.ProductInfo p : cube.catalogue(scope)) {
            SalesCube.Totals t = totals.getOrDefault(p.id(), new SalesCube.Totals());
            figures.add(new Dashboard.ProductFigure(p.id(), p.name(), t.views, t.units, t.revenueCents));
        }
        List<Dashboard.ProductFigure> top = figures.stream().filter(f -> f.units() > 0)
                .sorted(Comparator.comparingLong(Dashboard.ProductFigure::revenueCents).reversed()
                        .thenComparing(Dashboard.ProductFigure::productId)).limit(TOP).toList();
        List<Dashboard.ProductFigure> least = figures.stream()
                .sorted(Comparator.comparingLong(Dashboard.ProductFigure::units)
                        .thenComparingLong(Dashboard.ProductFigure::views)
                        .thenComparing(Dashboard.ProductFigure::productId)).limit(TOP).toList();

        return new Dashboard(scope, period, current, previous, cube.daily(scope, period), slices(categories),
                slices(subCategories).stream().limit(2L * TOP).toList(), top, least, stars,
                recommendation.entrySet().stream().map(e -> new Dashboard.Slice(e.getKey(), e.getValue(), 0))
                        .sorted(Comparator.comparingLong(Dashboard.Slice::revenueCents).reversed()
                                .thenComparing(Dashboard.Slice::key)).toList(),
                counts(searches), counts(cube.zeroResultSearches(period)));
    }

    private static void add(Map<String, long[]> into, String key, SalesCube.Totals t) {
        long[] v = into.computeIfAbsent(key, k -> new long[2]);
        v[0] += t.revenueCents;
        v[1] += t.units;
    }

    private static List<Dashboard.Slice> slices(Map<String, long[]> m) {
        return m.entrySet().stream().filter(e -> e.getValue()[0] > 0 || e.getValue()[1] > 0)
                .map(e -> new Dashboard.Slice(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(Dashboard.Slice::revenueCents).reversed().thenComparing(Dashboard.Slice::key))
                .toList();
    }

    private static List<Dashboard.QueryCount> counts(Map<String, Long> m) {
        return m.entrySet().stream().map(e -> new Dashboard.QueryCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Dashboard.QueryCount::count).reversed().thenComparing(Dashboard.QueryCount::query))
                .limit(TOP).toList();
    }

    /** Every catalogued product of the scope with its figures, price comparison and hints. */
    public static List<ProductRow> rows(SalesCube cube, Scope scope, Period period) {
        Map<String, SalesCube.Totals> totals = cube.totals(scope, period);
        Period lastWeek = Period.lastDays(7, period.to());
        Map<String, SalesCube.Totals> week = cube.totals(scope, lastWeek);
        Map<String, SalesCube.Totals> weekBefore = cube.totals(scope, lastWeek.previous());
        Map<String, Long> medians = medianPrices(cube.allProducts());
        List<SalesCube.ProductInfo> catalogue = cube.catalogue(scope);

        long views = 0, purchases = 0;
        long[] productViews = new long[catalogue.size()];
        int i = 0;
        for (SalesCube.ProductInfo p : catalogue) {
            SalesCube.Totals t = totals.get(p.id());
            productViews[i++] = t == null ? 0 : t.views;
            if (t != null) {
                views += t.views;
                purchases += t.purchases;
            }
        }
        java.util.Arrays.sort(productViews);
        long upperQuartile = productViews.length == 0 ? 0 : productViews[(int) Math.floor(0.75 * (productViews.length - 1))];
        Hints.Context context = new Hints.Context(views == 0 ? 0 : (double) purchases / views, upperQuartile);

        SalesCube.Totals none = new SalesCube.Totals();
        List<ProductRow> rows = new ArrayList<>(catalogue.size());
        for (SalesCube.ProductInfo p : catalogue) {
            SalesCube.Totals t = totals.getOrDefault(p.id(), none);
            Optional<Long> median = Optional.ofNullable(medians.get(p.category() + "/" + p.subCategory()));
            Optional<Double> vsMedian = median.filter(m -> m > 0).map(m -> (double) p.priceCents() / m - 1);
            Hints.Facts facts = new Hints.Facts(t.views, t.purchases, p.stock(), vsMedian, p.rating(), p.ratingCount(),
                    week.getOrDefault(p.id(), none).views, weekBefore.getOrDefault(p.id(), none).views,
                    week.getOrDefault(p.id(), none).units);
            rows.add(new ProductRow(p.id(), p.name(), p.category(), p.subCategory(), p.priceCents(), p.currency(),
                    p.stock(), t.views, t.carts, t.purchases, t.units, t.revenueCents, facts.conversion(), p.rating(),
                    p.ratingCount(), median, vsMedian, Hints.trending(facts), Hints.of(facts, context)));
        }
        return rows;
    }

    /** Filters, sorts and pages rows (the table's lazy model hands its paging, sort and filters here). */
    public static Page<ProductRow> page(List<ProductRow> rows, RowQuery q) {
        String text = q.text().map(t -> t.toLowerCase(Locale.ROOT)).orElse(null);
        List<ProductRow> matching = rows.stream()
                .filter(r -> text == null || r.productId().toLowerCase(Locale.ROOT).contains(text)
                        || r.name().en().toLowerCase(Locale.ROOT).contains(text)
                        || r.name().fr().toLowerCase(Locale.ROOT).contains(text))
                .filter(r -> q.category().map(c -> c.equals(r.category()) || c.equals(r.subCategory())).orElse(true))
                .filter(r -> !q.withHintsOnly() || !r.hints().isEmpty())
                .sorted(comparator(q.sort(), q.ascending()))
                .toList();
        int from = Math.min(q.offset(), matching.size());
        int to = Math.min(from + q.size(), matching.size());
        return new Page<>(matching.subList(from, to), matching.size(), q.offset() / q.size(), q.size());
    }

    private static Comparator<ProductRow> comparator(ProductRow.SortField field, boolean ascending) {
        Comparator<ProductRow> c = switch (field) {
            case NAME -> Comparator.comparing(r -> r.name().en().toLowerCase(Locale.ROOT));
            case VIEWS -> Comparator.comparingLong(ProductRow::views);
            case CONVERSION -> optional(ProductRow::conversion);
            case REVENUE -> Comparator.comparingLong(ProductRow::revenueCents);
            case UNITS -> Comparator.comparingLong(ProductRow::units);
            case RATING -> optional(ProductRow::rating);
            case STOCK -> Comparator.comparingInt(ProductRow::stock);
            case PRICE -> Comparator.comparingLong(ProductRow::priceCents);
            case PRICE_VS_MEDIAN -> optional(ProductRow::priceVsMedian);
        };
        // a stable order for equal keys, so pages never overlap
        return (ascending ? c : c.reversed()).thenComparing(ProductRow::productId);
    }

    /** Missing values sort as the lowest. */
    private static Comparator<ProductRow> optional(Function<ProductRow, Optional<Double>> value) {
        return Comparator.comparingDouble(r -> value.apply(r).orElse(Double.NEGATIVE_INFINITY));
    }

    /** The median price per sub-category, keyed {@code category/subCategory} (the lower middle of an even count, so it is a real price). */
    static Map<String, Long> medianPrices(Collection<SalesCube.ProductInfo> products) {
        Map<String, List<Long>> prices = new HashMap<>();
        for (SalesCube.ProductInfo p : products) {
            prices.computeIfAbsent(p.category() + "/" + p.subCategory(), s -> new ArrayList<>()).add(p.priceCents());
        }
        Map<String, Long> medians = new HashMap<>();
        prices.forEach((sub, list) -> {
            long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
            medians.put(sub, sorted[(sorted.length - 1) / 2]);
        });
        return medians;
    }
}
