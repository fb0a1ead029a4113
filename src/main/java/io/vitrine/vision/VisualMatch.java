package io.vitrine.vision;

/** A neighbour found by a {@link VisualIndex}; {@code score} is the cosine similarity, in [-1, 1]. */
public record VisualMatch(String productId, String subCategory, double score) {
}
