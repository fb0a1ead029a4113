package io.vitrine.catalog;

import io.vitrine.platform.TextColumn;

/** Stores a {@link ProductId} as its plain string, as documents have always held product ids. */
public final class ProductIdColumn extends TextColumn<ProductId> {

    public ProductIdColumn() {
        super(ProductId::value, ProductId::new);
    }
}
