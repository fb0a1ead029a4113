package io.vitrine.search;

import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A request's filters and sort order as Lucene queries and sorts (its text is {@link RelevanceQueries}' job). */
final class RequestFilters {

    static final String PRICE_DIM = "price";
    static final String RATING_DIM = "rating";
    /** Every dimension a shopper can filter on and see counted. */
    static final List<String> FACET_DIMS = List.of(ProductDocuments.DIM_CATEGORY, ProductDocuments.DIM_SUB_CATEGORY,
            ProductDocuments.DIM_BRAND, ProductDocuments.DIM_COLOUR, ProductDocuments.DIM_SELLER, PRICE_DIM, RATING_DIM);

    private RequestFilters() {
    }

    /** All the request's filters; empty when it has none. */
    static Optional<Query> of(SearchRequest r) {
        return except(r, "");
    }

    /** The request's filters, leaving out those of dimension {@code dim} (for its sideways counts). */
    static Optional<Query> except(SearchRequest r, String dim) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        for (String d : FACET_DIMS) {
            if (!d.equals(dim)) {
                any |= anyOf(b, d, values(r, d));
            }
        }
        if (!dim.equals(PRICE_DIM) && (r.minPriceCents().isPresent() || r.maxPriceCents().isPresent())) {
            b.add(LongPoint.newRangeQuery(ProductDocuments.PRICE, r.minPriceCents().orElse(0),
                    r.maxPriceCents().orElse(Long.MAX_VALUE)), Occur.FILTER);
            any = true;
        }
        if (!dim.equals(RATING_DIM) && r.minRating().isPresent()) {
            b.add(DoublePoint.newRangeQuery(ProductDocuments.RATING, r.minRating().getAsDouble(), Double.POSITIVE_INFINITY), Occur.FILTER);
            any = true;
        }
        return any ? Optional.of(b.build()) : Optional.empty();
    }

    /** {@code query} restricted to what passes {@code filter}, which does not score. */
    static Query filtered(Query query, Optional<Query> filter) {
        return filter.<Query>map(f -> new BooleanQuery.Builder().add(query, Occur.MUST).add(f, Occur.FILTER).build())
                .orElse(query);
    }

    static boolean isFiltered(SearchRequest r, String dim) {
        return switch (dim) {
            case PRICE_DIM -> r.minPriceCents().isPresent() || r.maxPriceCents().isPresent();
            case RATING_DIM -> r.minRating().isPresent();
            default -> !values(r, dim).isEmpty();
        };
    }

    /** The Lucene sort, or empty for relevance order on a text search (Lucene's own score order). */
    static Optional<Sort> sort(SearchSort sort, boolean browsing) {
        SortField tie = new SortField(ProductDocuments.ID, SortField.Type.STRING);
        return Optional.ofNullable(switch (sort) {
            case RELEVANCE -> browsing ? new Sort(SortField.FIELD_SCORE, tie) : null;
            case PRICE_ASC -> new Sort(new SortField(ProductDocuments.PRICE, SortField.Type.LONG), SortField.FIELD_SCORE, tie);
            case PRICE_DESC -> new Sort(new SortField(ProductDocuments.PRICE, SortField.Type.LONG, true), SortField.FIELD_SCORE, tie);
            case POPULARITY -> new Sort(new SortField(ProductDocuments.POPULARITY, SortField.Type.DOUBLE, true), SortField.FIELD_SCORE, tie);
            case NEWEST -> new Sort(new SortField(ProductDocuments.CREATED, SortField.Type.LONG, true), SortField.FIELD_SCORE, tie);
        });
    }

    private static Set<String> values(SearchRequest r, String dim) {
        return switch (dim) {
            case ProductDocuments.DIM_CATEGORY -> r.categories();
            case ProductDocuments.DIM_SUB_CATEGORY -> r.subCategories();
            case ProductDocuments.DIM_BRAND -> r.brands();
            case ProductDocuments.DIM_COLOUR -> r.colours();
            case ProductDocuments.DIM_SELLER -> r.sellers();
            default -> Set.of();
        };
    }

    private static boolean anyOf(BooleanQuery.Builder b, String dim, Set<String> values) {
        if (values.isEmpty()) {
            return false;
        }
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        values.forEach(v -> or.add(new TermQuery(new Term("f_" + dim, v)), Occur.SHOULD));
        b.add(or.build(), Occur.FILTER);
        return true;
    }
}
