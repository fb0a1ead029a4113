package io.vitrine.events;

import java.util.Locale;
import java.util.Optional;

/** What a shopper did. Weights order how strongly each kind says "I want this" (purchase > cart > like > view). */
public enum InteractionType {
    VIEW(1.0), CLICK(1.0), ADD_TO_CART(3.0), PURCHASE(5.0), RATING(2.0), LIKE(2.5), SEARCH(0.0);

    private final double weight;

    InteractionType(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }

    /** Accepts "add-to-cart", "ADD_TO_CART", "add_to_cart". */
    public static Optional<InteractionType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (InteractionType t : values()) {
            if (t.name().equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
