package io.vitrine.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page of hits with the total, facet counts per dimension ({@code category, subCategory, brand, colour,
 * seller, price, rating}) and, when the shopper probably mistyped, {@code correctedQuery} ("did you mean").
 * {@code relaxed} says the strict query found nothing and these hits come from the looser fallback.
 */
public record SearchResult(String query, List<SearchHit> hits, long total, int page, int size,
                           Map<String, List<FacetCount>> facets, Optional<String> correctedQuery,
                           boolean relaxed, boolean truncated) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    static SearchResult empty(SearchRequest r, boolean truncated) {
        return new SearchResult(r.query(), List.of(), 0, r.page(), r.size(), Map.of(), Optional.empty(), false, truncated);
    }
}
