package io.vitrine.vision;

import java.util.List;

/** The products that look like one product, and the model version whose embeddings said so. */
public record LookAlikes(long modelVersion, List<LookAlike> products) {

    public LookAlikes {
        products = List.copyOf(products);
    }
}
