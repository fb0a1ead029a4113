package io.vitrine.search;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Distances worked by hand on four names, one term each: sneakers; speakers (n -> p, 1 edit from sneakers); snickers
 * (e -> i and a -> c, 2 edits); sneaker (s dropped, 1 edit). Two segments, so that the one-edit check looks at both.
 */
class TypoQueryTest {

    private static final String F = "name";
    private static ByteBuffersDirectory dir;
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
            add(w, "sneakers");
            add(w, "speakers");
            w.commit(); // a second segment for the other two
            add(w, "snickers");
            add(w, "sneaker");
        }
        reader = DirectoryReader.open(dir);
    }

    private static void add(IndexWriter w, String name) throws IOException {
        Document d = new Document();
        d.add(new StringField(F, name, Field.Store.YES));
        w.addDocument(d);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        dir.close();
    }

    private static Set<String> names(Query q) throws IOException {
        IndexSearcher s = new IndexSearcher(reader);
        Set<String> out = new TreeSet<>();
        for (ScoreDoc sd : s.search(s.rewrite(q), 10).scoreDocs) {
            out.add(s.storedFields().document(sd.doc).get(F));
        }
        return out;
    }

    @Test
    void twoEditsReachEveryNameWithinThem() throws IOException {
        assertEquals(Set.of("sneaker", "sneakers", "snickers", "speakers"), names(TypoQuery.within(F, "sneakers", 2, 1, 10)));
        assertEquals(Set.of("sneaker", "sneakers", "speakers"), names(TypoQuery.within(F, "sneakers", 1, 1, 10)));
    }

    @Test
    void aWordTheCatalogueKnowsIsNotWidenedToTwoEdits() throws IOException {
        // sneakers itself is within one edit, so snickers (two away) is not read as it
        assertEquals(1, TypoQuery.nearestEdits(reader, F, "sneakers", 2, 1));
        assertEquals(Set.of("sneaker", "sneakers", "speakers"), names(TypoQuery.widening(F, "sneakers", 2, 1, 10)));
        // snickerz: snickers one edit away (z -> s)
        assertEquals(Set.of("snickers"), names(TypoQuery.widening(F, "snickerz", 2, 1, 10)));
    }

    @Test
    void aWordWithNothingWithinOneEditIsWidenedToTwo() throws IOException {
        // sbeakerz: 2 from sneakers (b -> n, z -> s), speakers (b -> p, z -> s) and sneaker (b -> n, z dropped);
        // 4 from snickers; nothing within 1
        assertEquals(2, TypoQuery.nearestEdits(reader, F, "sbeakerz", 2, 1));
        assertEquals(Set.of("sneaker", "sneakers", "speakers"), names(TypoQuery.widening(F, "sbeakerz", 2, 1, 10)));
        // the first letter is kept: xneakers is one edit from sneakers, but not with its first letter; with no kept
        // prefix sneakers is within one edit, so speakers and sneaker (two away) are not read
        assertEquals(Set.of(), names(TypoQuery.widening(F, "xneakers", 2, 1, 10)));
        assertEquals(Set.of("sneakers"), names(TypoQuery.widening(F, "xneakers", 2, 0, 10)));
        assertEquals(Set.of("sneaker", "sneakers", "speakers"), names(TypoQuery.within(F, "xneakers", 2, 0, 10)));
    }

    @Test
    void aFieldWithoutTermsKeepsTheEditsAsked() throws IOException {
        assertEquals(2, TypoQuery.nearestEdits(reader, "brand", "sneakers", 2, 1));
        assertEquals(Set.of(), names(TypoQuery.widening("brand", "sneakers", 2, 1, 10)));
    }

    @Test
    void theCacheBuildsEachWordOnceAndKeepsItsBytesUnderTheBound() {
        AtomicInteger builds = new AtomicInteger();
        CompiledAutomaton one = org.apache.lucene.search.FuzzyQuery.getFuzzyAutomaton("sneakers", 1, 1, true);
        CompiledAutomaton two = org.apache.lucene.search.FuzzyQuery.getFuzzyAutomaton("speakers", 1, 1, true);
        TypoQuery.Automata cache = new TypoQuery.Automata(one.ramBytesUsed() + two.ramBytesUsed(), Runnable::run);
        assertSame(one, cache.get("a", () -> { builds.incrementAndGet(); return one; }));
        assertSame(one, cache.get("a", () -> { builds.incrementAndGet(); return two; }));
        assertEquals(1, builds.get());
        cache.get("b", () -> two);
        assertEquals(2, cache.size());
        assertEquals(one.ramBytesUsed() + two.ramBytesUsed(), cache.bytes());
        for (int i = 0; i < 5; i++) {
            cache.get("a", () -> one); // "a" is the one in use
        }
        cache.get("c", () -> two); // over the bound by one automaton: one of "b" and "c" goes, the used "a" stays
        assertEquals(2, cache.size());
        assertEquals(one.ramBytesUsed() + two.ramBytesUsed(), cache.bytes());
        assertSame(one, cache.get("a", () -> { builds.incrementAndGet(); return two; }));
        assertEquals(1, builds.get()); // "a" was never built again
    }

    @Test
    void concurrentSearchesOfOneNewWordBuildItOnce() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        TypoQuery.Automata cache = new TypoQuery.Automata(1L << 20, Runnable::run);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<CompiledAutomaton>> got = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                got.add(pool.submit(() -> {
                    start.await();
                    return cache.get("w", () -> {
                        builds.incrementAndGet();
                        return org.apache.lucene.search.FuzzyQuery.getFuzzyAutomaton("sandals", 2, 1, true);
                    });
                }));
            }
            start.countDown();
            CompiledAutomaton first = got.get(0).get();
            for (Future<CompiledAutomaton> f : got) {
                assertSame(first, f.get());
            }
            assertEquals(1, builds.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void equalQueriesAreEqual() {
        assertEquals(TypoQuery.widening(F, "sneakers", 2, 1, 10), TypoQuery.widening(F, "sneakers", 2, 1, 10));
        assertEquals(TypoQuery.widening(F, "sneakers", 2, 1, 10).hashCode(), TypoQuery.widening(F, "sneakers", 2, 1, 10).hashCode());
        assertEquals(false, TypoQuery.widening(F, "sneakers", 2, 1, 10).equals(TypoQuery.within(F, "sneakers", 2, 1, 10)));
    }
}
