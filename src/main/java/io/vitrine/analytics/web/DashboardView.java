package io.vitrine.analytics.web;

import io.vitrine.analytics.Dashboard;
import io.vitrine.analytics.Figures;
import io.vitrine.catalog.Category;
import io.vitrine.catalog.SubCategory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The seller dashboard ({@code /seller/dashboard.xhtml}) and the admin's ({@code /admin/dashboard.xhtml}, the whole
 * shop or one chosen seller): key figures against the previous period and the charts. The service decides whose
 * figures the logged-in person may see; this bean only asks and formats.
 */
@Named("dashboard")
@ViewScoped
public class DashboardView extends FiguresPage {

    private static final long serialVersionUID = 1L;

    /**
     * One key figure card: its label key, formatted value and change against the previous period; {@code direction}
     * (up, down, flat) draws the arrow, {@code tone} (good, bad, neutral) the colour: fewer abandoned carts is good.
     */
    public record Kpi(String key, String value, String change, String direction, String tone) {
    }

    private String fromParam;
    private String toParam;
    private transient Dashboard data;
    private boolean ready;

    public void load() {
        getPeriod().fromParameters(fromParam, toParam);
        fromParam = null;
        toParam = null;
        read(analytics::dashboard, () -> ready = false).ifPresent(d -> {
            data = d;
            ready = true;
        });
    }

    /** The period picker changed: read the figures again. */
    public void apply() {
        if (!getPeriod().incomplete()) {
            load();
        }
    }

    public boolean isReady() {
        return ready && data != null;
    }

    public String getFrom() {
        return fromParam;
    }

    public void setFrom(String from) {
        this.fromParam = from;
    }

    public String getTo() {
        return toParam;
    }

    public void setTo(String to) {
        this.toParam = to;
    }

    public String getPeriodLabel() {
        return data == null ? "" : texts.date(data.period().from()) + " – " + texts.date(data.period().to());
    }

    public String getPreviousLabel() {
        return data == null ? "" : texts.date(data.period().previous().from()) + " – " + texts.date(data.period().previous().to());
    }

    // ---- key figures

    public List<Kpi> getKpis() {
        if (data == null) {
            return List.of();
        }
        Figures now = data.current();
        Figures before = data.previous();
        List<Kpi> kpis = new ArrayList<>();
        kpis.add(kpi("revenue", texts.money(now.revenueCents()), Figures.change(now.revenueCents(), before.revenueCents()), false));
        kpis.add(kpi("orders", texts.number(now.orders()), Figures.change(now.orders(), before.orders()), false));
        kpis.add(kpi("units", texts.number(now.units()), Figures.change(now.units(), before.units()), false));
        kpis.add(kpi("aov", now.averageOrderCents().map(c -> texts.money(Math.round(c))).orElse("–"),
                Figures.change(now.averageOrderCents(), before.averageOrderCents()), false));
        kpis.add(kpi("views", texts.number(now.views()), Figures.change(now.views(), before.views()), false));
        kpis.add(kpi("conversion", now.conversion().map(texts::percent).orElse("–"),
                Figures.change(now.conversion(), before.conversion()), false));
        // fewer abandoned carts is the good direction
        kpis.add(kpi("abandonment", now.cartAbandonment().map(texts::percent).orElse("–"),
                Figures.change(now.cartAbandonment(), before.cartAbandonment()), true));
        kpis.add(kpi("rating", now.averageRating().map(r -> texts.decimal(r) + " ★").orElse("–"),
                Figures.change(now.averageRating(), before.averageRating()), false));
        kpis.add(new Kpi("messages", now.openMessages().map(texts::number).orElse("–"), "", "flat", "neutral"));
        return kpis;
    }

    private Kpi kpi(String key, String value, Optional<Double> change, boolean lowerIsBetter) {
        if (change.isEmpty()) {
            return new Kpi(key, value, texts.text("analytics.change.none"), "flat", "neutral");
        }
        double c = change.get();
        boolean flat = Math.abs(c) < 0.005;
        String direction = flat ? "flat" : c > 0 ? "up" : "down";
        String tone = flat ? "neutral" : (c > 0) != lowerIsBetter ? "good" : "bad";
        return new Kpi(key, value, (c > 0 ? "+" : "") + texts.percent(c), direction, tone);
    }

    // ---- charts (Chart.js JSON for p:chart)

    public String getRevenueChart() {
        List<Double> revenue = new ArrayList<>();
        List<Long> orders = new ArrayList<>();
        List<String> days = new ArrayList<>();
        for (Dashboard.DayPoint p : data.daily()) {
            days.add(texts.shortDate(p.day()));
            revenue.add(p.revenueCents() / 100.0);
            orders.add(p.orders());
        }
        return ChartJs.bar().labels(days).series(texts.text("analytics.chart.revenue"), revenue, Palette.BLUE)
                .lineOnSecondAxis(texts.text("analytics.kpi.orders"), orders, Palette.ORANGE, texts.text("analytics.kpi.orders"))
                .title(texts.text("analytics.chart.revenueOverTime")).toJson();
    }

    public String getCategoryChart() {
        Map<String, String> names = categoryNames();
        return slices(data.categories(), k -> names.getOrDefault(k, k), "analytics.chart.byCategory");
    }

    public String getSubCategoryChart() {
        Map<String, String> names = categoryNames();
        return slices(data.subCategories(), k -> names.getOrDefault(k, k), "analytics.chart.bySubCategory");
    }

    private String slices(List<Dashboard.Slice> slices, Function<String, String> label, String titleKey) {
        return ChartJs.bar().horizontal().labels(slices.stream().map(s -> label.apply(s.key())).toList())
                .series(texts.text("analytics.chart.revenue"), slices.stream().map(s -> s.revenueCents() / 100.0).toList(), Palette.BLUE)
                .noLegend().title(texts.text(titleKey)).toJson();
    }

    public String getFunnelChart() {
        Figures f = data.current();
        return ChartJs.bar().labels(List.of(texts.text("analytics.kpi.views"), texts.text("analytics.funnel.carts"),
                        texts.text("analytics.funnel.purchases")))
                .series(texts.text("analytics.funnel.shoppers"), List.of(f.views(), f.carts(), f.purchases()), Palette.BLUE)
                .sliceColours().noLegend().title(texts.text("analytics.chart.funnel")).toJson();
    }

    public String getTopProductsChart() {
        List<Dashboard.ProductFigure> top = data.topProducts();
        return ChartJs.bar().horizontal().labels(top.stream().map(p -> texts.in(p.name())).toList())
                .series(texts.text("analytics.chart.revenue"), top.stream().map(p -> p.revenueCents() / 100.0).toList(), Palette.GREEN)
                .noLegend().title(texts.text("analytics.chart.topProducts")).toJson();
    }

    public String getLeastPopularChart() {
        List<Dashboard.ProductFigure> least = data.leastPopular();
        return ChartJs.bar().horizontal().labels(least.stream().map(p -> texts.in(p.name())).toList())
                .series(texts.text("analytics.kpi.views"), least.stream().map(Dashboard.ProductFigure::views).toList(), Palette.SKY)
                .series(texts.text("analytics.kpi.units"), least.stream().map(Dashboard.ProductFigure::units).toList(), Palette.VERMILION)
                .title(texts.text("analytics.chart.leastPopular")).toJson();
    }

    public String getRatingChart() {
        long[] stars = data.ratingStars();
        List<Long> values = new ArrayList<>();
        for (long s : stars) {
            values.add(s);
        }
        return ChartJs.bar().labels(List.of("1 ★", "2 ★", "3 ★", "4 ★", "5 ★"))
                .series(texts.text("analytics.chart.ratings"), values, Palette.ORANGE).noLegend()
                .title(texts.text("analytics.chart.ratingDistribution")).toJson();
    }

    public String getRecommendationChart() {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        long attributed = 0;
        for (Dashboard.Slice s : data.recommendationRevenue()) {
            labels.add(texts.recommendationKind(s.key()) + " (" + texts.percent(data.recommendationShare(s)) + ")");
            values.add(s.revenueCents() / 100.0);
            attributed += s.revenueCents();
        }
        long rest = Math.max(0, data.current().revenueCents() - attributed);
        labels.add(texts.text("analytics.recommend.other"));
        values.add(rest / 100.0);
        return ChartJs.doughnut().labels(labels).series(texts.text("analytics.chart.revenue"), values, Palette.BLUE)
                .sliceColours().title(texts.text("analytics.chart.recommendationShare")).toJson();
    }

    public String getRecommendationSummary() {
        double share = data.recommendationRevenue().stream().mapToDouble(data::recommendationShare).sum();
        return texts.format("analytics.recommend.summary", texts.percent(share));
    }

    public String getSearchesChart() {
        return queries(data.topSearches(), Palette.GREEN, "analytics.chart.topSearches");
    }

    public String getZeroSearchesChart() {
        return queries(data.zeroResultSearches(), Palette.VERMILION, "analytics.chart.zeroSearches");
    }

    public boolean isHasSearches() {
        return data != null && !data.topSearches().isEmpty();
    }

    public boolean isHasZeroSearches() {
        return data != null && !data.zeroResultSearches().isEmpty();
    }

    private String queries(List<Dashboard.QueryCount> q, String colour, String titleKey) {
        return ChartJs.bar().horizontal().labels(q.stream().map(Dashboard.QueryCount::query).toList())
                .series(texts.text("analytics.chart.searches"), q.stream().map(Dashboard.QueryCount::count).toList(), colour)
                .noLegend().title(texts.text(titleKey)).toJson();
    }

    /** Category and sub-category names in the page's language, keyed {@code category} and {@code category/sub}. */
    private Map<String, String> categoryNames() {
        Map<String, String> names = new HashMap<>();
        for (Category c : catalog.categories()) {
            names.put(c.id(), texts.in(c.name()));
            for (SubCategory s : c.subCategories()) {
                names.put(c.id() + "/" + s.id(), texts.in(s.name()));
            }
        }
        return names;
    }
}
