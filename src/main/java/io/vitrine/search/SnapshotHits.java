package io.vitrine.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * Products-only answers ({@link SearchEngine#searchProducts}) kept for the index snapshot they were read from: one
 * chat message asks the catalogue the same thing several times (a comparison searches each side to find the names
 * and again to pick the pair; a product question and its follow-up search the same words), at sizes from 1 to 30.
 * A first page of a request is searched at least {@value #MIN_SIZE} hits deep and kept; a later request with the
 * same query and filters whose page fits in it is cut from it. The hits of a snapshot never change, and a top-n is
 * the first n of a deeper top-k (the same scores, ties by document), so the answers are the ones a new search gives.
 * A new snapshot (a refresh) or new synonyms drop everything kept.
 */
final class SnapshotHits {

    /** Deep enough for the assistant's usual look-ups (1 to 10 hits); searching 10 costs what searching 1 does. */
    static final int MIN_SIZE = 10;
    /** Distinct requests kept for one snapshot. */
    static final int MAX_ENTRIES = 2_000;

    /** One search of the index, as ProductSearch runs it. */
    @FunctionalInterface
    interface Search {
        SearchResult run(SearchRequest request) throws IOException;
    }

    private volatile Kept kept = new Kept(null, null);
    /** First pages asked, and those that needed a search of the index (the rest were cut from a kept answer). */
    private final LongAdder asked = new LongAdder();
    private final LongAdder searched = new LongAdder();

    /** The kept answers of one snapshot under one synonym list. */
    private record Kept(IndexReader.CacheKey snapshot, Synonyms synonyms, Cache<SearchRequest, SearchResult> byRequest) {
        Kept(IndexReader.CacheKey snapshot, Synonyms synonyms) {
            this(snapshot, synonyms, Caffeine.newBuilder().maximumSize(MAX_ENTRIES).executor(Runnable::run).build());
        }
    }

    /**
     * The answer to {@code request} on the snapshot {@code s}: cut from one kept for the same query and filters when it
     * holds the page, otherwise searched (at least {@value #MIN_SIZE} deep) and kept.
     */
    SearchResult get(IndexSearcher s, Synonyms synonyms, SearchRequest request, Search search) throws IOException {
        if (request.page() != 0) {
            return search.run(request);
        }
        Kept k = kept;
        IndexReader.CacheHelper helper = s.getIndexReader().getReaderCacheHelper();
        if (helper == null) {
            return search.run(request);
        }
        if (k.snapshot() != helper.getKey() || k.synonyms() != synonyms) {
            k = new Kept(helper.getKey(), synonyms);
            kept = k;
        }
        SearchRequest key = request.window(1);
        SearchResult found = k.byRequest().getIfPresent(key);
        asked.increment();
        if (found == null || found.hits().size() < request.size() && found.total() > found.hits().size()) {
            searched.increment();
            found = search.run(request.window(Math.max(request.size(), MIN_SIZE)));
            k.byRequest().put(key, found);
        }
        return cut(found, request);
    }

    /** How many first pages were asked and how many of them searched the index, for the log. */
    String summary() {
        long a = asked.sum();
        long s = searched.sum();
        return String.format(Locale.ROOT, "%d products-only first pages asked, %d searched (%.1f %%), the rest cut from a kept answer",
                a, s, a == 0 ? 0.0 : 100.0 * s / a);
    }

    /** The first {@code request.size()} hits of a deeper answer, as the request's own answer. */
    static SearchResult cut(SearchResult deeper, SearchRequest request) {
        Objects.requireNonNull(deeper);
        return new SearchResult(deeper.query(), deeper.hits().subList(0, Math.min(request.size(), deeper.hits().size())),
                deeper.total(), 0, request.size(), deeper.facets(), deeper.correctedQuery(), deeper.relaxed(), deeper.truncated());
    }
}
