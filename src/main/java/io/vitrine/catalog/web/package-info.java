/**
 * Page beans of the catalogue alone: the category menu, the shelf of a category ({@code /catalog/browse.xhtml})
 * and what a product card shows. Pages that mix the catalogue with recommendations, look-alikes or chat are the
 * storefront's ({@code io.vitrine.storefront.web}).
 */
package io.vitrine.catalog.web;
