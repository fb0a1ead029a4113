/**
 * Photo search: safe image decoding, the trained CNN as an immutable {@link io.vitrine.vision.VisionModel}
 * (sub-category + embedding), the visual nearest-neighbour index, and {@link io.vitrine.vision.VisionService}, which
 * serves them as one swapped {@link io.vitrine.vision.VisualCatalogue}, follows catalogue changes and retrains.
 */
package io.vitrine.vision;
