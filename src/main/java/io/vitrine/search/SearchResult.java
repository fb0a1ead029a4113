package io.vitrine.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page of hits with the total, facet counts per dimension ({@code category, subCategory, brand, colour,
 * seller, price, rating}; a dimension the request filters on is counted as if its own filter were off, so the
 * alternatives stay visible) and, when the shopper probably mistyped, {@code correctedQuery} ("did you mean").
 * {@code relaxed} says the strict query found nothing and these hits come from the looser fallback.
 */
public record SearchResult(String query, List<SearchHit> hits, long total, int page, int size,
                           Map<String, List<FacetCount>> facets, Optional<String> correctedQuery,
                           boolean relaxed, boolean truncated) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets)); // dimensions keep their order
    }

    static SearchResult empty(SearchRequest r, boolean truncated) {
        return new SearchResult(r.query(), List.of(), 0, r.page(), r.size(), Map.of(), Optional.empty(), false, truncated);
    }
}
