/**
 * Importers of public catalogue layouts: the Kaggle "Fashion Product Images" set ({@code styles.csv} +
 * {@code images/<id>.jpg}) and Flipkart product CSV. Both stream their file, grow the category tree as they meet
 * new labels, and write products in batches keyed by a deterministic id derived from the source reference, so a
 * re-import updates or skips instead of duplicating.
 */
package io.vitrine.catalog.importer;
