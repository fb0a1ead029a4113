package io.vitrine.search;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.DoubleRange;
import org.apache.lucene.facet.range.DoubleRangeFacetCounts;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.vitrine.search.RequestFilters.FACET_DIMS;
import static io.vitrine.search.RequestFilters.PRICE_DIM;
import static io.vitrine.search.RequestFilters.RATING_DIM;

/**
 * Counts the matching products per facet value: categories, brands, colours and sellers by value (top 20),
 * prices by the configured buckets, ratings as "4 and more" steps. Multi-select: a dimension the shopper
 * filtered on is counted as if its own filter were off, so they still see the other values they can add.
 */
final class FacetCounter {

    private static final int TOP_N = 20;
    private static final String[] RATING_STEPS = {"4", "3", "2", "1"};

    private final List<PriceBucket> priceBuckets;
    private final LongRange[] priceRanges;
    private final DoubleRange[] ratingRanges;
    private final FacetLabels labels;
    private final FacetsConfig facetsConfig = ProductDocuments.facetsConfig();
    /** Facet ordinals for the current reader; rebuilt lazily once per refresh. */
    private volatile ReaderOrdinals ordinals;

    private record ReaderOrdinals(IndexReader reader, DefaultSortedSetDocValuesReaderState state) {
    }

    FacetCounter(List<PriceBucket> priceBuckets, FacetLabels labels) {
        this.priceBuckets = List.copyOf(priceBuckets);
        this.labels = labels;
        this.priceRanges = priceBuckets.stream()
                .map(r -> new LongRange(r.key(), r.fromCents(), true, r.toCents(), false)).toArray(LongRange[]::new);
        this.ratingRanges = Arrays.stream(RATING_STEPS)
                .map(s -> new DoubleRange(s, Double.parseDouble(s), true, 5.0, true)).toArray(DoubleRange[]::new);
    }

    /**
     * Every dimension's counts for the hits collected in {@code fc}; {@code scored} is the query without filters,
     * re-run with the other filters for each filtered dimension.
     */
    Map<String, List<FacetCount>> count(IndexSearcher s, FacetsCollector fc, Query scored, SearchRequest r) throws IOException {
        Map<String, List<FacetCount>> facets = count(s, fc, r.language(), FACET_DIMS);
        for (String dim : FACET_DIMS) {
            if (RequestFilters.isFiltered(r, dim)) {
                Query sideways = RequestFilters.filtered(scored, RequestFilters.except(r, dim));
                facets.putAll(count(s, s.search(sideways, new FacetsCollectorManager()), r.language(), List.of(dim)));
            }
        }
        return facets;
    }

    private Map<String, List<FacetCount>> count(IndexSearcher s, FacetsCollector fc, String lang, List<String> dims) throws IOException {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        DefaultSortedSetDocValuesReaderState state = ordinals(s.getIndexReader());
        Facets counts = state == null ? null : new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : dims) {
            if (dim.equals(PRICE_DIM) || dim.equals(RATING_DIM)) {
                continue;
            }
            List<FacetCount> values = new ArrayList<>();
            if (counts != null && state.getOrdRange(dim) != null) {
                FacetResult res = counts.getTopChildren(TOP_N, dim);
                if (res != null) {
                    for (LabelAndValue lv : res.labelValues) {
                        values.add(new FacetCount(lv.label, labels.label(dim, lv.label, lang), lv.value.longValue()));
                    }
                }
            }
            out.put(dim, List.copyOf(values));
        }
        if (dims.contains(PRICE_DIM)) {
            out.put(PRICE_DIM, priceCounts(fc));
        }
        if (dims.contains(RATING_DIM)) {
            out.put(RATING_DIM, ratingCounts(fc));
        }
        return out;
    }

    private List<FacetCount> priceCounts(FacetsCollector fc) throws IOException {
        FacetResult price = new LongRangeFacetCounts(ProductDocuments.PRICE, fc, priceRanges).getAllChildren(PRICE_DIM);
        List<FacetCount> out = new ArrayList<>();
        for (int i = 0; i < price.labelValues.length; i++) {
            LabelAndValue lv = price.labelValues[i];
            if (lv.value.longValue() > 0) {
                out.add(new FacetCount(lv.label, priceBuckets.get(i).label(), lv.value.longValue()));
            }
        }
        return List.copyOf(out);
    }

    private List<FacetCount> ratingCounts(FacetsCollector fc) throws IOException {
        FacetResult rating = new DoubleRangeFacetCounts(ProductDocuments.RATING, fc, ratingRanges).getAllChildren(RATING_DIM);
        List<FacetCount> out = new ArrayList<>();
        for (LabelAndValue lv : rating.labelValues) {
            if (lv.value.longValue() > 0) {
                out.add(new FacetCount(lv.label, lv.label + "+", lv.value.longValue()));
            }
        }
        return List.copyOf(out);
    }

    private DefaultSortedSetDocValuesReaderState ordinals(IndexReader reader) throws IOException {
        ReaderOrdinals current = ordinals;
        if (current != null && current.reader == reader) {
            return current.state;
        }
        synchronized (this) {
            current = ordinals;
            if (current != null && current.reader == reader) {
                return current.state;
            }
            DefaultSortedSetDocValuesReaderState state;
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
            } catch (IllegalArgumentException noFacetField) {
                state = null; // no product carries any facet value yet
            }
            ordinals = new ReaderOrdinals(reader, state);
            return state;
        }
    }
}
