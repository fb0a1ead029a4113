/**
 * Photo search: safe image decoding, the trained CNN as an immutable {@link io.vitrine.vision.VisionModel}
 * (sub-category + embedding), the visual nearest-neighbour index, and three CDI parts by responsibility:
 * {@link io.vitrine.vision.VisionService} serves searches from the live {@link io.vitrine.vision.VisualCatalogue},
 * {@link io.vitrine.vision.VisualIndexer} keeps that catalogue in step with the shop's photos, and
 * {@link io.vitrine.vision.PhotoModels} puts the model on the shared lifecycle of {@code platform.models}
 * (retraining, holdout gate, saved versions, fallback to the shipped model). Configuration:
 * {@link io.vitrine.vision.VisionSettings}.
 */
package io.vitrine.vision;
