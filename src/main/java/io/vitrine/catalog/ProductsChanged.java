package io.vitrine.catalog;

import java.util.List;

/**
 * A CDI event fired after many products were created or changed at once (a batch of an import): indexes observe it
 * to follow the whole batch with one refresh, where a {@link ProductChanged} per product would refresh once per
 * product (the catalogue read model copies its lists on each, the search index reopens its reader on each: an import
 * slowed down as the catalogue grew).
 */
public record ProductsChanged(List<ProductId> products) {

    public ProductsChanged {
        products = List.copyOf(products);
    }
}
