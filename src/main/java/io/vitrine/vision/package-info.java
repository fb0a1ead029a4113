/**
 * Photo search core: safe image decoding, the trained CNN as an immutable {@link io.vitrine.vision.VisionModel}
 * (sub-category + embedding) and the visual nearest-neighbour index. Plain Java; serving lives elsewhere.
 */
package io.vitrine.vision;
