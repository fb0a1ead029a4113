package io.vitrine.analytics;

import java.util.Objects;
import java.util.Optional;

/** Whose figures: one seller's, or the whole shop's (administrators only). */
public record Scope(Optional<String> sellerId) {

    public static final Scope SHOP = new Scope(Optional.empty());

    public Scope {
        Objects.requireNonNull(sellerId, "sellerId");
    }

    public static Scope seller(String sellerId) {
        return new Scope(Optional.of(Objects.requireNonNull(sellerId, "sellerId")));
    }

    public boolean includes(String seller) {
        return sellerId.map(s -> s.equals(seller)).orElse(true);
    }

    public boolean shop() {
        return sellerId.isEmpty();
    }
}
