package io.vitrine.search;

/**
 * What the shop knows about a product besides its text, blended into relevance: {@code popularity} is any
 * non-negative count of interest (views + 5 x purchases, say). Ratings come from the product itself.
 */
public record ProductSignals(double popularity) {

    public static final ProductSignals NONE = new ProductSignals(0);

    public ProductSignals {
        if (!(popularity >= 0) || Double.isInfinite(popularity)) {
            throw new IllegalArgumentException("popularity must be a finite number >= 0");
        }
    }
}
