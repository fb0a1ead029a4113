package io.vitrine.search.api;

import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductImage;
import io.vitrine.search.FacetCount;
import io.vitrine.search.SearchHit;
import io.vitrine.search.SearchResult;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of search hits. {@code nameHtml} and {@code snippetHtml} are escaped HTML with {@code <mark>} around matched
 * words; {@code correctedQuery} ("did you mean") is absent when the query looked right; {@code relaxed} says the hits
 * come from the looser fallback; {@code truncated} that an over-long query was cut.
 */
public record SearchResponse(String query, long total, int page, int size, List<Hit> hits,
                             Map<String, List<Facet>> facets, String correctedQuery, boolean relaxed, boolean truncated) {

    public record Texts(String en, String fr) {
    }

    public record Hit(String id, Texts name, String nameHtml, String snippetHtml, String brand, BigDecimal price,
                      String currency, String image, Double rating, int ratingCount, double score) {
    }

    /** {@code value} goes back into the filter parameter of the same name; {@code label} is for display. */
    public record Facet(String value, String label, long count) {
    }

    /** Hits whose product vanished between the search and the lookup (deleted meanwhile) are left out. */
    public static SearchResponse of(SearchResult result, Map<ProductId, Product> products) {
        List<Hit> hits = result.hits().stream().filter(h -> products.containsKey(h.id()))
                .map(h -> hit(h, products.get(h.id()))).toList();
        Map<String, List<Facet>> facets = new LinkedHashMap<>();
        result.facets().forEach((dim, counts) -> facets.put(dim, counts.stream().map(SearchResponse::facet).toList()));
        return new SearchResponse(result.query(), result.total(), result.page(), result.size(), hits, facets,
                result.correctedQuery().orElse(null), result.relaxed(), result.truncated());
    }

    private static Hit hit(SearchHit h, Product p) {
        return new Hit(p.id().value(), new Texts(p.name().en(), p.name().fr()), h.nameHtml(), h.snippetHtml(),
                p.brand().orElse(null), p.price().amount(), p.price().currency(),
                p.imageIds().stream().findFirst().map(ProductImage::url).orElse(null),
                p.averageRating().map(a -> Math.round(a * 100) / 100.0).orElse(null), p.ratingCount(),
                Math.round(h.score() * 1000) / 1000.0);
    }

    private static Facet facet(FacetCount c) {
        return new Facet(c.value(), c.label(), c.count());
    }
}
