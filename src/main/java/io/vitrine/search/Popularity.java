package io.vitrine.search;

import io.vitrine.catalog.ProductId;
import io.vitrine.events.InteractionType;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How much shoppers wanted each product: views, add-to-carts and purchases counted with their
 * {@link InteractionType#weight() weights} (1, 3 and 5). Fed from the stored events at start-up (what an earlier start
 * counted, then the events since: {@link PopularityQuery}), then read when a product is (re)indexed. Not thread-safe
 * while being filled; read-only afterwards.
 */
public final class Popularity {

    /** The kinds that say "I want this"; searches, ratings and likes are left out. */
    public static final Set<InteractionType> COUNTED =
            Set.copyOf(EnumSet.of(InteractionType.VIEW, InteractionType.ADD_TO_CART, InteractionType.PURCHASE));

    private final Map<String, Double> byProduct = new HashMap<>();

    public static Popularity none() {
        return new Popularity();
    }

    /** Adds {@code count} interactions of {@code type} with a product; other kinds and empty counts are ignored. */
    public Popularity add(InteractionType type, String productId, long count) {
        if (type != null && COUNTED.contains(type) && productId != null && count > 0) {
            byProduct.merge(productId, type.weight() * count, Double::sum);
        }
        return this;
    }

    /** Adds a product's weighted count as it was saved ({@link PopularityQuery}). */
    Popularity addWeight(String productId, double weight) {
        if (productId != null && weight > 0) {
            byProduct.merge(productId, weight, Double::sum);
        }
        return this;
    }

    /** Every product's weighted count, for its saved form. */
    Map<String, Double> weights() {
        return java.util.Collections.unmodifiableMap(byProduct);
    }

    public ProductSignals signals(ProductId id) {
        Double p = byProduct.get(id.value());
        return p == null ? ProductSignals.NONE : new ProductSignals(p);
    }

    /** How many products have been seen at least once. */
    public int size() {
        return byProduct.size();
    }
}
