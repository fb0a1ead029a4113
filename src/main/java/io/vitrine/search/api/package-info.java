/**
 * The REST edge of search: {@code /api/v1/search}, {@code /api/v1/search/suggest} and {@code /api/v1/compare}.
 * Resources only turn parameters into {@link io.vitrine.search.SearchService} calls and results into the response
 * records of this package; a search asked before the index is built answers 503 with Retry-After.
 */
package io.vitrine.search.api;
