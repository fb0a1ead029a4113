package io.vitrine.vision.train;

import java.util.Objects;

/** A training photo: its sub-category and its tensor from {@link io.vitrine.vision.ImageTensors#letterbox}. */
public record LabelledImage(String subCategory, float[] tensor) {

    public LabelledImage {
        Objects.requireNonNull(subCategory);
        Objects.requireNonNull(tensor);
    }
}
