/**
 * Merchandising rules: what admins (for the shop) and sellers (for their own products) decide about the lists the
 * shop shows, beyond the rankings: pin a product at a position of a category shelf or of a query's results, boost or
 * bury products by attribute (brand, colour or any attribute, price band, new arrivals, seller), exclude products.
 * The rules are stored in MongoDB with who changed what and when; {@link io.vitrine.merchandising.RuleBook} applies an
 * immutable set of them (swapped atomically on every change) the same way to search results, category shelves and
 * recommendation lists, through the catalogue's {@link io.vitrine.catalog.ProductArrangement}.
 */
package io.vitrine.merchandising;
