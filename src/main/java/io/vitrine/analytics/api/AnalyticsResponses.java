package io.vitrine.analytics.api;

import io.vitrine.analytics.Dashboard;
import io.vitrine.analytics.Figures;
import io.vitrine.analytics.Hint;
import io.vitrine.analytics.Period;
import io.vitrine.analytics.ProductRow;

import java.math.BigDecimal;
import java.util.List;

/** The JSON shapes of {@code /api/v1/analytics}: money as decimal amounts, rates as fractions, null when undefined. */
public final class AnalyticsResponses {

    private AnalyticsResponses() {
    }

    public record PeriodJson(String from, String to, int days) {
        static PeriodJson of(Period p) {
            return new PeriodJson(p.from().toString(), p.to().toString(), p.days());
        }
    }

    public record FiguresJson(BigDecimal revenue, long orders, long units, BigDecimal averageOrderValue, long views,
                              long carts, long purchases, Double conversion, Double cartAbandonment, Double averageRating,
                              long ratings, Long openMessages) {
        static FiguresJson of(Figures f) {
            return new FiguresJson(money(f.revenueCents()), f.orders(), f.units(),
                    f.averageOrderCents().map(c -> money(Math.round(c))).orElse(null), f.views(), f.carts(), f.purchases(),
                    f.conversion().orElse(null), f.cartAbandonment().orElse(null), f.averageRating().orElse(null),
                    f.ratingCount(), f.openMessages().orElse(null));
        }
    }

    /** Relative changes against the previous period (0.25 = +25 %); null when the previous value was 0. */
    public record ChangeJson(Double revenue, Double orders, Double units, Double averageOrderValue, Double views,
                             Double conversion, Double cartAbandonment, Double averageRating) {
        static ChangeJson of(Figures now, Figures before) {
            return new ChangeJson(Figures.change(now.revenueCents(), before.revenueCents()).orElse(null),
                    Figures.change(now.orders(), before.orders()).orElse(null),
                    Figures.change(now.units(), before.units()).orElse(null),
                    Figures.change(now.averageOrderCents(), before.averageOrderCents()).orElse(null),
                    Figures.change(now.views(), before.views()).orElse(null),
                    Figures.change(now.conversion(), before.conversion()).orElse(null),
                    Figures.change(now.cartAbandonment(), before.cartAbandonment()).orElse(null),
                    Figures.change(now.averageRating(), before.averageRating()).orElse(null));
        }
    }

    public record SummaryJson(String seller, PeriodJson period, PeriodJson previousPeriod, FiguresJson current,
                              FiguresJson previous, ChangeJson change) {
        static SummaryJson of(Dashboard d) {
            return new SummaryJson(d.scope().sellerId().orElse(null), PeriodJson.of(d.period()),
                    PeriodJson.of(d.period().previous()), FiguresJson.of(d.current()), FiguresJson.of(d.previous()),
                    ChangeJson.of(d.current(), d.previous()));
        }
    }

    public record DayJson(String day, BigDecimal revenue, long orders, long units) {
    }

    public record SliceJson(String key, BigDecimal revenue, long units) {
    }

    public record ProductFigureJson(String productId, String name, long views, long units, BigDecimal revenue) {
    }

    public record QueryJson(String query, long count) {
    }

    public record DashboardJson(SummaryJson summary, List<DayJson> daily, List<SliceJson> categories,
                                List<SliceJson> subCategories, List<ProductFigureJson> topProducts,
                                List<ProductFigureJson> leastPopular, List<Long> ratingStars,
                                List<SliceJson> recommendationRevenue, List<QueryJson> topSearches,
                                List<QueryJson> zeroResultSearches) {
        static DashboardJson of(Dashboard d) {
            return new DashboardJson(SummaryJson.of(d),
                    d.daily().stream().map(p -> new DayJson(p.day().toString(), money(p.revenueCents()), p.orders(), p.units())).toList(),
                    slices(d.categories()), slices(d.subCategories()), products(d.topProducts()), products(d.leastPopular()),
                    java.util.Arrays.stream(d.ratingStars()).boxed().toList(), slices(d.recommendationRevenue()),
                    queries(d.topSearches()), queries(d.zeroResultSearches()));
        }
    }

    public record HintJson(String kind, int percent) {
    }

    public record ProductRowJson(String productId, String name, String category, String subCategory, BigDecimal price,
                                 String currency, int stock, long views, long carts, long purchases, long units,
                                 BigDecimal revenue, Double conversion, Double rating, int ratings,
                                 BigDecimal medianPrice, Double priceVsMedian, boolean trending, List<HintJson> hints) {
        static ProductRowJson of(ProductRow r) {
            return new ProductRowJson(r.productId(), r.name().en(), r.category(), r.subCategory(), money(r.priceCents()),
                    r.currency(), r.stock(), r.views(), r.carts(), r.purchases(), r.units(), money(r.revenueCents()),
                    r.conversion().orElse(null), r.rating().orElse(null), r.ratingCount(),
                    r.medianPriceCents().map(AnalyticsResponses::money).orElse(null), r.priceVsMedian().orElse(null),
                    r.trending(), r.hints().stream().map(AnalyticsResponses::hint).toList());
        }
    }

    public record RowPageJson(List<ProductRowJson> items, long total, int page, int size) {
    }

    static HintJson hint(Hint h) {
        return new HintJson(h.kind().name(), h.percent());
    }

    static List<SliceJson> slices(List<Dashboard.Slice> s) {
        return s.stream().map(x -> new SliceJson(x.key(), money(x.revenueCents()), x.units())).toList();
    }

    static List<ProductFigureJson> products(List<Dashboard.ProductFigure> p) {
        return p.stream().map(x -> new ProductFigureJson(x.productId(), x.name().en(), x.views(), x.units(),
                money(x.revenueCents()))).toList();
    }

    static List<QueryJson> queries(List<Dashboard.QueryCount> q) {
        return q.stream().map(x -> new QueryJson(x.query(), x.count())).toList();
    }

    static BigDecimal money(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
