package io.vitrine.search;

import io.vitrine.catalog.Product;

import java.util.List;

/** The products of a comparison, in the order asked, with their aligned table. */
public record ComparedProducts(List<Product> products, Comparison table) {

    public ComparedProducts {
        products = List.copyOf(products);
    }
}
