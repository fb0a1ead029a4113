package io.vitrine.recommend;

import java.util.List;
import java.util.Objects;

/**
 * A served list: products (in stock, business rules applied) with score and reason, the model version that
 * ranked them, and whether it is a fallback (popular items) because the shopper or product was unknown to it.
 */
public record Recommendations(List<Item> items, long modelVersion, boolean fallback) {

    public record Item(CatalogueItem product, double score, String reason) {

        public Item {
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public Recommendations {
        items = List.copyOf(items);
    }
}
