package io.vitrine.vision;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a photo: the most likely sub-categories (calibrated probabilities), and the products that look most
 * like it (only from {@code restrictedTo} when the caller asked to stay on the predicted or a picked shelf).
 * {@code closeMatch} false means the photo shows nothing the shop sells ("no close match in this shop"): the
 * products are then only the closest the shop has. {@code inShopScore} is the score the threshold was applied to.
 */
public record PhotoSearch(long modelVersion, List<Prediction> subCategories, Optional<String> restrictedTo,
                          List<LookAlike> products, boolean closeMatch, double inShopScore) {

    public PhotoSearch {
        subCategories = List.copyOf(subCategories);
        products = List.copyOf(products);
    }
}
