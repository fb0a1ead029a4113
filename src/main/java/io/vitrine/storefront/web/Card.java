package io.vitrine.storefront.web;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductCard;
import io.vitrine.catalog.ProductId;
import io.vitrine.recommend.Recommendations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A product card on a storefront shelf: what the card shows of the product and why it is there, in the page's language
 * ("because you viewed ...", "trending in ..."), or an empty reason on shelves that are not recommendations (recently
 * viewed, newest). Serializable, as a product page's view keeps its shelves.
 */
public record Card(ProductCard product, String reason) implements java.io.Serializable {

    public Card {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Cards for a served list: the recommender ranks from its own catalogue snapshot, a shelf shows the stored products
     * in that order, each with the reason the list gave for it (a product gone meanwhile is left out).
     */
    static List<Card> of(CatalogService catalog, Recommendations served, String language) {
        return of(stored(catalog, served), served, language);
    }

    /** The products of a served list as the catalogue read model holds them now, in the list's order. */
    static List<Product> stored(CatalogService catalog, Recommendations served) {
        return catalog.getAll(served.items().stream().map(i -> new ProductId(i.product().id().value())).toList());
    }

    /** Cards for {@code stored}, products of {@code served}, with the reasons it gave them. */
    static List<Card> of(List<Product> stored, Recommendations served, String language) {
        Map<String, String> reasons = new HashMap<>();
        served.items().forEach(i -> reasons.putIfAbsent(i.product().id().value(), i.reason()));
        return stored.stream().map(p -> new Card(ProductCard.of(p, language), reasons.getOrDefault(p.id().value(), ""))).toList();
    }

    /** Cards without a reason. */
    static List<Card> plain(List<Product> products, String language) {
        return products.stream().map(p -> new Card(ProductCard.of(p, language), "")).toList();
    }
}
