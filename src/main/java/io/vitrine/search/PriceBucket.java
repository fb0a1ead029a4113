package io.vitrine.search;

import java.math.BigDecimal;

/** A price facet bucket in minor units: {@code from <= price < to}; {@code to == Long.MAX_VALUE} means "and more". */
public record PriceBucket(long fromCents, long toCents) {

    public PriceBucket {
        if (fromCents < 0 || toCents <= fromCents) {
            throw new IllegalArgumentException("invalid price range " + fromCents + "-" + toCents);
        }
    }

    /** The facet value, also accepted back as a filter: "1000-2500", "25000-" for the open bucket. */
    public String key() {
        return fromCents + "-" + (toCents == Long.MAX_VALUE ? "" : Long.toString(toCents));
    }

    /** "10 - 25", "250+" in major units; the currency is the caller's to show. */
    public String label() {
        String from = BigDecimal.valueOf(fromCents, 2).stripTrailingZeros().toPlainString();
        return toCents == Long.MAX_VALUE ? from + "+"
                : from + " - " + BigDecimal.valueOf(toCents, 2).stripTrailingZeros().toPlainString();
    }
}
