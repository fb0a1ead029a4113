/**
 * The demo store: a deterministic, generated catalogue (categories, sellers, products), shoppers with distinct
 * tastes, their interaction history and orders, and a Java2D painter for product photos. Plain Java with no CDI or
 * database code, so it is fast to test; a loader elsewhere persists what {@link io.vitrine.demo.DemoStoreGenerator}
 * returns and what {@link io.vitrine.demo.ProductImagePainter} paints:
 * <pre>{@code
 * DemoStore store = new DemoStoreGenerator().generate(DemoSpec.of(seed, clock.instant(), pbkdf2.generate(password)));
 * ProductImagePainter painter = new ProductImagePainter(seed);
 * for (Product p : store.products()) {
 *     PaintedImage img = painter.paint(p);
 *     p.addImage(images.save(new ProductImage(p.id(), img.contentType(), img.bytes(), img.width(), img.height())));
 * }
 * // then categories, sellers, products, accounts, events (in batches) and orders
 * }</pre>
 */
package io.vitrine.demo;
