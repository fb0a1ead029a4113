/**
 * Product search in plain Java (no CDI, no JAX-RS): a Lucene index of the catalogue kept in step product by
 * product with a near-real-time reader, bilingual (English/French) BM25 relevance that forgives typos, editable
 * synonyms, facets, filters, sorts, safe highlights, autocomplete and product comparison.
 *
 * <p>{@link io.vitrine.search.SearchEngine} is the one object a thin CDI service holds: it feeds the catalogue at
 * start-up with {@code replaceAll}, calls {@code upsert}/{@code delete} on every product change, and serves
 * {@code search} and {@code suggest}; writes never block searches. It is a facade over one class per job:
 * {@code LuceneIndex} (an index and the snapshots searches read), {@code CatalogIndexer} (writes, with
 * {@code ProductDocuments} the schema), {@code ProductSearch} (strict then relaxed query, page, hits) built on
 * {@code RelevanceQueries} and {@code TypoQuery} (text), {@code RequestFilters} (filters and sorts),
 * {@code SpellCorrector} (did you mean), {@code FacetCounter}, {@code HitHighlighter}, and
 * {@code AutocompleteIndex}. {@link io.vitrine.search.ProductComparison} builds the side-by-side table of
 * 2 to 4 products.
 *
 * <p>{@link io.vitrine.search.SearchService} is that CDI service: it builds the engine from the typed
 * {@link io.vitrine.search.SearchConfig} ({@link io.vitrine.search.SearchSettings} reads the configuration keys,
 * the only place that does) off the deployment thread once the catalogue exists (with
 * {@link io.vitrine.search.Popularity} counted by the database), follows {@code ProductChanged} events, records
 * each search as an event, and answers {@link io.vitrine.search.SearchUnavailableException} until the first
 * build is done.
 */
package io.vitrine.search;
