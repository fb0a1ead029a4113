package io.vitrine.analytics;

import java.util.Optional;

/**
 * The key figures of one scope (a seller, or the whole shop) over one period. Money is in minor units of the shop's
 * currency. Rates are fractions in [0, 1] and empty when their denominator is zero.
 *
 * @param purchases    purchase events (one per product line bought), the numerator of the conversion rate
 * @param openMessages messages shoppers left for the seller that are not done yet (empty when unknown)
 */
public record Figures(long revenueCents, long orders, long units, long views, long carts, long purchases,
                      long ratingCount, long ratingTotal, Optional<Long> openMessages) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, Optional.empty());

    /** Average order value in minor units. */
    public Optional<Double> averageOrderCents() {
        return orders == 0 ? Optional.empty() : Optional.of((double) revenueCents / orders);
    }

    /** Purchases per view. */
    public Optional<Double> conversion() {
        return views == 0 ? Optional.empty() : Optional.of(Math.min(1.0, (double) purchases / views));
    }

    /** Share of cart additions that were not bought. */
    public Optional<Double> cartAbandonment() {
        return carts == 0 ? Optional.empty() : Optional.of(Math.max(0.0, 1.0 - (double) purchases / carts));
    }

    public Optional<Double> averageRating() {
        return ratingCount == 0 ? Optional.empty() : Optional.of((double) ratingTotal / ratingCount);
    }

    public Figures withOpenMessages(Optional<Long> open) {
        return new Figures(revenueCents, orders, units, views, carts, purchases, ratingCount, ratingTotal, open);
    }

    /** Relative change from {@code before} to {@code now}; empty when there is nothing to compare with. */
    public static Optional<Double> change(Optional<Double> now, Optional<Double> before) {
        if (now.isEmpty() || before.isEmpty() || before.get() == 0.0) {
            return Optional.empty();
        }
        return Optional.of((now.get() - before.get()) / Math.abs(before.get()));
    }

    public static Optional<Double> change(long now, long before) {
        return change(Optional.of((double) now), Optional.of((double) before));
    }
}
