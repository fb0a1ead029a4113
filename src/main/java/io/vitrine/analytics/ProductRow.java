package io.vitrine.analytics;

import io.vitrine.catalog.LocalizedText;

import java.util.List;
import java.util.Optional;

/**
 * One line of the product analysis: what a product did in the period, its price against the median price of its
 * sub-category (every seller's products), and the hints drawn from it.
 *
 * @param priceVsMedian price / median price of the sub-category minus 1 (0.3 = 30 % dearer); empty without peers
 */
public record ProductRow(String productId, LocalizedText name, String category, String subCategory, long priceCents,
                         String currency, int stock, long views, long carts, long purchases, long units,
                         long revenueCents, Optional<Double> conversion, Optional<Double> rating, int ratingCount,
                         Optional<Long> medianPriceCents, Optional<Double> priceVsMedian, boolean trending,
                         List<Hint> hints) {

    public ProductRow {
        hints = List.copyOf(hints);
    }

    /** The fields the table sorts by. */
    public enum SortField { NAME, VIEWS, CONVERSION, REVENUE, UNITS, RATING, STOCK, PRICE, PRICE_VS_MEDIAN }
}
