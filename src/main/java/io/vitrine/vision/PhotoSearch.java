package io.vitrine.vision;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a photo: the most likely sub-categories, and the products that look most like it (only from
 * {@code restrictedTo} when the caller asked to stay on the predicted shelf).
 */
public record PhotoSearch(long modelVersion, List<Prediction> subCategories, Optional<String> restrictedTo,
                          List<LookAlike> products) {

    public PhotoSearch {
        subCategories = List.copyOf(subCategories);
        products = List.copyOf(products);
    }
}
