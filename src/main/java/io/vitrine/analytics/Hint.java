package io.vitrine.analytics;

/**
 * Advice on one product, in words a seller acts on. Pages render it from their bundle
 * ({@code analytics.hint.<KIND>}, with {@code percent} as {0}); the API sends the kind and the number.
 */
public record Hint(Kind kind, int percent) {

    public enum Kind {
        /** Many views, few sales, and dearer than similar products: {@code percent} above their median price. */
        OVERPRICED,
        /** Many views, few sales at a fair price: photos, description or reviews may hold shoppers back. */
        FEW_SALES,
        /** Views are rising and stock will not last: {@code percent} is the rise of views week on week. */
        LOW_STOCK_TRENDING,
        /** Shoppers look at it but cannot buy it. */
        OUT_OF_STOCK,
        /** Nobody saw it in the period: name, category or photos may keep it out of search and lists. */
        NO_VIEWS,
        /** Rated below 3 stars on average by at least 3 shoppers. */
        LOW_RATING,
        /** Sells well and is cheaper than similar products: {@code percent} below their median price. */
        UNDERPRICED
    }
}
