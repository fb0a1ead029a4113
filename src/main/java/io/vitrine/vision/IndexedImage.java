package io.vitrine.vision;

import java.util.Objects;

/** One entry of the visual index: a product photo's unit-length embedding and what it belongs to. */
public record IndexedImage(String productId, String subCategory, float[] embedding) {

    public IndexedImage {
        Objects.requireNonNull(productId);
        Objects.requireNonNull(subCategory);
        if (Math.abs(Vectors.norm(embedding) - 1) > 1e-3) {
            throw new IllegalArgumentException("embedding of " + productId + " is not unit length (use Vectors.normalise)");
        }
        embedding = embedding.clone();
    }

    @Override
    public float[] embedding() {
        return embedding.clone();
    }

    /** The stored array without a copy, for the indexes in this package. */
    float[] vector() {
        return embedding;
    }
}
