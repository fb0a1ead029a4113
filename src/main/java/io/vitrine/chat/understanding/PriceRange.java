package io.vitrine.chat.understanding;

import io.vitrine.platform.InvalidInputException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A price limit from a message, in the shop's currency (euros; a "$" or "dollars" is read as the same amount):
 * "under 40 euros" has only a maximum, "plus de 20 €" only a minimum, "between 20 and 50" both.
 */
public record PriceRange(Optional<BigDecimal> min, Optional<BigDecimal> max) {

    public PriceRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.isEmpty() && max.isEmpty()) {
            throw new InvalidInputException("a price range needs a minimum or a maximum");
        }
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            throw new InvalidInputException("minimum above maximum: " + min.get() + " > " + max.get());
        }
    }

    public static PriceRange atMost(BigDecimal max) {
        return new PriceRange(Optional.empty(), Optional.of(max));
    }

    public static PriceRange atLeast(BigDecimal min) {
        return new PriceRange(Optional.of(min), Optional.empty());
    }

    public static PriceRange between(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0
                ? new PriceRange(Optional.of(a), Optional.of(b))
                : new PriceRange(Optional.of(b), Optional.of(a));
    }

    public boolean contains(BigDecimal price) {
        return min.map(m -> price.compareTo(m) >= 0).orElse(true) && max.map(m -> price.compareTo(m) <= 0).orElse(true);
    }
}
