package io.vitrine.storefront.web;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.recommend.Recommendations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A product card on a storefront shelf: the stored product and why it is there, in the page's language ("because you
 * viewed ...", "trending in ..."), or an empty reason on shelves that are not recommendations (recently viewed,
 * newest).
 */
public record Card(Product product, String reason) {

    public Card {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Cards for a served list: the recommender ranks from its own catalogue snapshot, a shelf shows the stored
     * products in that order, each with the reason the list gave for it (a product gone meanwhile is left out).
     */
    static List<Card> of(CatalogService catalog, Recommendations served) {
        List<Product> stored = catalog.getAll(served.items().stream()
                .map(i -> new ProductId(i.product().id().value())).toList());
        Map<String, String> reasons = new HashMap<>();
        served.items().forEach(i -> reasons.putIfAbsent(i.product().id().value(), i.reason()));
        return stored.stream().map(p -> new Card(p, reasons.getOrDefault(p.id().value(), ""))).toList();
    }

    /** Cards without a reason. */
    static List<Card> plain(List<Product> products) {
        return products.stream().map(p -> new Card(p, "")).toList();
    }
}
