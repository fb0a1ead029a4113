/**
 * Offline evaluation of search: the Flipkart judged queries (exact, typo, brand + category, partial names)
 * scored with MRR and NDCG@10, and latency on a generated catalogue of 100,000 products.
 */
package io.vitrine.search.eval;
