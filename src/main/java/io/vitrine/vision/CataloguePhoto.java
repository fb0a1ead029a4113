package io.vitrine.vision;

import java.util.Objects;

/** One stored product photo as the visual index sees it: whose, which shelf, which image. */
public record CataloguePhoto(String productId, String subCategory, String imageId) {

    public CataloguePhoto {
        Objects.requireNonNull(productId);
        Objects.requireNonNull(subCategory);
        Objects.requireNonNull(imageId);
    }
}
