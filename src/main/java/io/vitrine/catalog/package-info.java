/**
 * The catalogue: products with bilingual texts, the category tree, sellers and product images, their
 * repositories (implemented with JNoSQL) and {@link io.vitrine.catalog.CatalogService}, the one place where
 * products are created, changed and listed. Importers of public catalogue layouts live in {@code importer}.
 */
package io.vitrine.catalog;
