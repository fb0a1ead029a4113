package io.vitrine.vision;

import io.vitrine.catalog.Product;

/** A product whose photo looks like the query; {@code similarity} is the cosine of the embeddings, in [-1, 1]. */
public record LookAlike(Product product, double similarity) {
}
