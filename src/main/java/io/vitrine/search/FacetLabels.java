package io.vitrine.search;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Product;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What shoppers read for a category or sub-category facet value (its label, not its id), remembered as
 * products are indexed. Other dimensions (brand, colour, seller) show their values as they are.
 */
final class FacetLabels {

    /** "dim:value" -> label. */
    private final Map<String, LocalizedText> byValue = new ConcurrentHashMap<>();

    void remember(Product p, CatalogLabels labels) {
        byValue.put(ProductDocuments.DIM_CATEGORY + ":" + p.category(), labels.category(p.category()));
        byValue.put(ProductDocuments.DIM_SUB_CATEGORY + ":" + p.subCategory(), labels.subCategory(p.category(), p.subCategory()));
    }

    /** The value's label in {@code language}, or the value itself when it has none. */
    String label(String dim, String value, String language) {
        LocalizedText label = byValue.get(dim + ":" + value);
        return label == null ? value : label.in(language);
    }
}
