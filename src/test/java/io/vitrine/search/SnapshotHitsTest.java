package io.vitrine.search;

import io.vitrine.catalog.ProductId;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SnapshotHitsTest {

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.id().value()).toList();
    }

    @Test
    void aSmallerPageOfTheSameQueryIsCutFromTheKeptAnswerUntilTheIndexChanges() {
        try (SearchEngine engine = Fixtures.engine(SearchConfig.inMemory())) {
            // "cotton" ranks the shirt and the skirt (p06, p07); the browse of "kitchen" holds the two mugs
            SearchRequest one = SearchRequest.builder().query("cotton").size(1).build();
            SearchRequest two = SearchRequest.builder().query("cotton").size(2).build();
            List<String> searchedAlone = ids(engine.search(two));
            assertEquals(2, searchedAlone.size());
            assertEquals(searchedAlone.subList(0, 1), ids(engine.searchProducts(one)));
            SearchResult cut = engine.searchProducts(two);
            assertEquals(searchedAlone, ids(cut));
            assertEquals(2, cut.size());
            assertEquals(2, cut.total());
            // a filter is part of the request: white cotton is the shirt alone
            assertEquals(List.of("p06"), ids(engine.searchProducts(SearchRequest.builder().query("cotton").colour("White").build())));
            // a new product is searchable at once: the refresh drops what the old snapshot answered
            engine.upsert(Fixtures.product("p11", "Cotton Socks", "Chaussettes en coton", "Basic", "clothing", "socks", 599, "Grey", 9),
                    ProductSignals.NONE);
            SearchResult after = engine.searchProducts(SearchRequest.builder().query("cotton").size(3).build());
            assertEquals(3, after.total());
            assertEquals(3, ids(after).size());
            assertEquals(true, ids(after).contains("p11"));
            engine.delete(new ProductId("p11"));
            assertEquals(searchedAlone, ids(engine.searchProducts(two)));
        }
    }

    @Test
    void searchesOnceForRequestsThatFitTheFirstAnswerAndAgainForADeeperOne() throws Exception {
        SnapshotHits hits = new SnapshotHits();
        List<Integer> searchedSizes = new ArrayList<>();
        // 12 fake hits whatever the request: the kept answer holds what the deepest search asked for
        SnapshotHits.Search fake = r -> {
            searchedSizes.add(r.size());
            List<SearchHit> h = new ArrayList<>();
            for (int i = 0; i < Math.min(r.size(), 12); i++) {
                h.add(new SearchHit(new ProductId("p" + (100 + i)), 1f, "", ""));
            }
            return new SearchResult(r.query(), h, 12, 0, r.size(), Map.of(), Optional.empty(), false, false);
        };
        SearchRequest q = SearchRequest.of("mug");
        Synonyms none = Synonyms.parse("");
        try (Directory dir = new ByteBuffersDirectory(); IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            w.addDocument(new Document());
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                IndexSearcher s = new IndexSearcher(reader);
                assertEquals(List.of("p100"), ids(hits.get(s, none, q.window(1), fake)));
                assertEquals(List.of("p100", "p101", "p102"), ids(hits.get(s, none, q.window(3), fake)));
                assertEquals(10, hits.get(s, none, q.window(10), fake).hits().size());
                assertEquals(List.of(10), searchedSizes); // 1, 3 and 10 from one search 10 deep
                assertEquals(12, hits.get(s, none, q.window(20), fake).hits().size()); // deeper: searched again
                assertEquals(5, hits.get(s, none, q.window(5), fake).hits().size());
                assertEquals(List.of(10, 20), searchedSizes);
                hits.get(s, Synonyms.parse("mug, cup"), q.window(1), fake); // other synonyms: not the kept answers
                assertEquals(List.of(10, 20, 10), searchedSizes);
                w.addDocument(new Document());
                try (DirectoryReader newer = DirectoryReader.openIfChanged(reader, w)) {
                    hits.get(new IndexSearcher(newer), none, q.window(1), fake); // another snapshot: searched again
                }
                assertEquals(List.of(10, 20, 10, 10), searchedSizes);
                // a later page is never kept
                hits.get(s, none, SearchRequest.builder().query("mug").size(2).page(1).build(), fake);
                hits.get(s, none, SearchRequest.builder().query("mug").size(2).page(1).build(), fake);
                assertEquals(List.of(10, 20, 10, 10, 2, 2), searchedSizes);
                // first pages: 1, 3, 10 (one search), 20 (searched), 5, the other synonyms' and snapshot's (searched)
                assertEquals("7 products-only first pages asked, 4 searched (57.1 %), the rest cut from a kept answer",
                        hits.summary());
            }
        }
    }
}
