package io.vitrine.search;

import io.vitrine.catalog.ProductId;

import java.util.List;
import java.util.Optional;

/**
 * A side-by-side table of 2 to 4 products: one {@link Row} per property, one cell per product in the order
 * asked, {@code differs} when the products do not all share the value. {@code cheapest} and {@code bestRated}
 * list every product tied for the title (empty when it cannot be said: mixed currencies, nobody rated).
 */
public record Comparison(List<ProductId> products, List<Row> rows, List<ProductId> cheapest, List<ProductId> bestRated) {

    public Comparison {
        products = List.copyOf(products);
        rows = List.copyOf(rows);
        cheapest = List.copyOf(cheapest);
        bestRated = List.copyOf(bestRated);
    }

    /** {@code key} is stable ("price", "attribute:Material"); {@code label} is for display. */
    public record Row(String key, String label, List<Optional<String>> values, boolean differs) {

        public Row {
            values = List.copyOf(values);
        }
    }

    public Optional<Row> row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }
}
