/**
 * Page beans that compose several features: the home page ({@code #{home}}, recommendations by category, trending,
 * popular, recently seen) and the product page ({@code #{product}}, served at {@code /catalog/product.xhtml}: the
 * catalogue's product with its similar, bought-together and look-alike products, reviews and rating). Their page
 * URLs did not move with them, so links and bookmarks keep working.
 */
package io.vitrine.storefront.web;
