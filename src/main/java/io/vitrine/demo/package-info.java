/**
 * The demo store: a deterministic, generated catalogue (categories, sellers, products), shoppers with distinct
 * tastes, their interaction history and orders, and a Java2D painter for product photos. Plain Java with no CDI or
 * database code, so it is fast to test; a loader elsewhere persists what {@link io.vitrine.demo.DemoStoreGenerator}
 * returns and what {@link io.vitrine.demo.ProductImagePainter} paints.
 */
package io.vitrine.demo;
