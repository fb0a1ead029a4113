package io.vitrine.vision;

/** One sub-category the model gives a photo, with its probability. */
public record Prediction(String subCategory, double probability) {
}
