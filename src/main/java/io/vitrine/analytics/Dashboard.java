package io.vitrine.analytics;

import io.vitrine.catalog.LocalizedText;

import java.util.List;

/**
 * Everything a dashboard shows for one scope and period: the key figures against the previous period, and the data
 * of each chart. Lists are ready to draw (sorted, cut to their top entries).
 */
public record Dashboard(Scope scope, Period period, Figures current, Figures previous, List<DayPoint> daily,
                        List<Slice> categories, List<Slice> subCategories, List<ProductFigure> topProducts,
                        List<ProductFigure> leastPopular, long[] ratingStars, List<Slice> recommendationRevenue,
                        List<QueryCount> topSearches, List<QueryCount> zeroResultSearches) {

    public Dashboard {
        daily = List.copyOf(daily);
        categories = List.copyOf(categories);
        subCategories = List.copyOf(subCategories);
        topProducts = List.copyOf(topProducts);
        leastPopular = List.copyOf(leastPopular);
        ratingStars = ratingStars.clone();
        recommendationRevenue = List.copyOf(recommendationRevenue);
        topSearches = List.copyOf(topSearches);
        zeroResultSearches = List.copyOf(zeroResultSearches);
    }

    /** The same dashboard with the count of open shopper messages in the current figures. */
    public Dashboard withOpenMessages(java.util.Optional<Long> open) {
        return new Dashboard(scope, period, current.withOpenMessages(open), previous, daily, categories, subCategories,
                topProducts, leastPopular, ratingStars, recommendationRevenue, topSearches, zeroResultSearches);
    }

    /** Revenue and orders of one day. */
    public record DayPoint(java.time.LocalDate day, long revenueCents, long orders, long units) {
    }

    /** A labelled share: a category's or sub-category's revenue and units, or a recommendation kind's revenue. */
    public record Slice(String key, long revenueCents, long units) {
    }

    /** A product's figures in the period, for the top and least popular lists. */
    public record ProductFigure(String productId, LocalizedText name, long views, long units, long revenueCents) {
    }

    /** A search text and how often it was typed. */
    public record QueryCount(String query, long count) {
    }

    /** Share of the period's revenue that came after a click on a recommendation of this kind. */
    public double recommendationShare(Slice slice) {
        return current.revenueCents() == 0 ? 0 : (double) slice.revenueCents() / current.revenueCents();
    }
}
