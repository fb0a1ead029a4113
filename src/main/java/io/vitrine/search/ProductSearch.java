package io.vitrine.search;

import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers one {@link SearchRequest} on one index snapshot: the strict query first, the relaxed one (any word,
 * wider typos, the spell-checked reading) only when the strict one finds nothing; then the requested page with
 * its highlights and the facet counts.
 */
final class ProductSearch {

    private final SearchConfig config;
    private final FacetCounter facets;
    private volatile Synonyms synonyms;
    private final HitHighlighter.Cache highlighters = new HitHighlighter.Cache();

    ProductSearch(SearchConfig config, FacetCounter facets) {
        this.config = config;
        this.facets = facets;
        this.synonyms = config.synonyms();
    }

    void useSynonyms(Synonyms newSynonyms) {
        this.synonyms = Objects.requireNonNull(newSynonyms);
    }

    Synonyms synonyms() {
        return synonyms;
    }

    SearchResult search(IndexSearcher s, SearchRequest request) throws IOException {
        return search(s, request, false);
    }

    /**
     * @param productsOnly the hits in the same order, without what only a results page shows: no facet counts, no
     *                     highlights, and the spelling checked only when the relaxed query needs it (no "did you
     *                     mean"). A caller that shows products alone (the assistant) saves most of a search's work.
     */
    SearchResult search(IndexSearcher s, SearchRequest request, boolean productsOnly) throws IOException {
        QueryText q = QueryText.of(request.query(), config.maxQueryChars(), config.maxQueryWords());
        if (s.getIndexReader().numDocs() == 0) {
            return SearchResult.empty(request, q.truncated());
        }
        Optional<Query> filter = RequestFilters.of(request);
        if (q.isEmpty()) {
            Page page = run(s, new MatchAllDocsQuery(), true, filter, request, productsOnly);
            return result(request, q, page, Optional.empty(), false);
        }
        try {
            return textSearch(s, q, filter, request, productsOnly);
        } catch (IndexSearcher.TooManyClauses e) {
            // many long words, each with many typo expansions: answer for the first words rather than fail
            return textSearch(s, q.firstWords(4), filter, request, productsOnly);
        }
    }

    private SearchResult textSearch(IndexSearcher s, QueryText q, Optional<Query> filter, SearchRequest request,
                                    boolean productsOnly) throws IOException {
        // the spell checker builds Levenshtein automata for every unknown word: a products-only search that the
        // strict query answers never needs it
        List<String> corrected = productsOnly ? null : SpellCorrector.correct(s.getIndexReader(), q.words());
        Page page = run(s, RelevanceQueries.strict(q, synonyms), false, filter, request, productsOnly);
        if (page.total > 0) {
            return result(request, q, page, didYouMean(q, corrected), false);
        }
        if (corrected == null) {
            corrected = SpellCorrector.correct(s.getIndexReader(), q.words());
        }
        Page loose = run(s, RelevanceQueries.relaxed(q, corrected), false, filter, request, productsOnly);
        return result(request, q, loose, productsOnly ? Optional.empty() : didYouMean(q, corrected), loose.total > 0);
    }

    private static Optional<String> didYouMean(QueryText q, List<String> corrected) {
        return corrected == null || corrected.equals(q.words()) ? Optional.empty() : Optional.of(String.join(" ", corrected));
    }

    private record Page(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    }

    /** One page of {@code text} (every product when {@code browsing}) under the filter, with its facets. */
    private Page run(IndexSearcher s, Query text, boolean browsing, Optional<Query> filter, SearchRequest r,
                     boolean productsOnly) throws IOException {
        if (!browsing) {
            // expand typo queries once: the search and the highlighter then share plain term queries
            text = s.rewrite(text);
        }
        // the signal blend multiplies the text score; browsing (no text) ranks by signals alone
        Query scored = FunctionScoreQuery.boostByValue(text, DoubleValuesSource.fromDoubleField(ProductDocuments.BOOST));
        Query query = RequestFilters.filtered(scored, filter);
        int window = (r.page() + 1) * r.size();
        Optional<Sort> sort = RequestFilters.sort(r.sort(), browsing);
        if (productsOnly) {
            TopDocs top = sort.isEmpty() ? s.search(query, window) : s.search(query, window, sort.get(), true);
            int from = Math.min(top.scoreDocs.length, r.page() * r.size());
            return new Page(top.totalHits.value, HitHighlighter.unmarked(s, Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length)),
                    Map.of());
        }
        FacetsCollectorManager fcm = new FacetsCollectorManager();
        FacetsCollectorManager.FacetsResult fr = sort.isEmpty()
                ? FacetsCollectorManager.search(s, query, window, fcm)
                : FacetsCollectorManager.search(s, query, window, sort.get(), true, fcm);
        TopDocs top = fr.topDocs();
        long total = top.totalHits.value;
        int from = Math.min(top.scoreDocs.length, r.page() * r.size());
        ScoreDoc[] pageDocs = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        List<SearchHit> hits = HitHighlighter.hits(highlighters, s, pageDocs, top, browsing ? Optional.empty() : Optional.of(text), r.language());
        if (total == 0 && filter.isEmpty()) {
            return new Page(0, hits, Map.of());
        }
        return new Page(total, hits, facets.count(s, fr.facetsCollector(), scored, r));
    }

    private static SearchResult result(SearchRequest r, QueryText q, Page page, Optional<String> corrected, boolean relaxed) {
        return new SearchResult(r.query(), page.hits, page.total, r.page(), r.size(), page.facets, corrected, relaxed, q.truncated());
    }
}
