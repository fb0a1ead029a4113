package io.vitrine.search;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Spelling terms and their document counts: sneakers 1, speakers 3, backpacks 2 (distances worked by hand). */
class SpellCorrectorTest {

    private static ByteBuffersDirectory dir;
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
            for (String t : List.of("sneakers", "speakers", "speakers", "speakers", "backpacks", "backpacks")) {
                Document d = new Document();
                d.add(new StringField(ProductDocuments.SPELL, t, Field.Store.NO));
                w.addDocument(d);
            }
        }
        reader = DirectoryReader.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        dir.close();
    }

    @Test
    void oneEditAwayBeatsAMoreFrequentTermTwoAway() throws IOException {
        // sneakerz: sneakers 1 edit (z -> s), speakers 2 (n -> p, z -> s) though three times as frequent
        assertEquals(Optional.of("sneakers"), SpellCorrector.closestTerm(reader, "sneakerz"));
        // spaekers: speakers 1 edit (a swap), sneakers 2
        assertEquals(Optional.of("speakers"), SpellCorrector.closestTerm(reader, "spaekers"));
    }

    @Test
    void twoEditsWhenNothingIsOneAway() throws IOException {
        // snaekerz: sneakers 2 (a swap, z -> s), speakers 3
        assertEquals(Optional.of("sneakers"), SpellCorrector.closestTerm(reader, "snaekerz"));
        // bakcpaks: backpacks 2 (a swap, c dropped); 8 letters, so two edits allowed
        assertEquals(List.of("backpacks"), SpellCorrector.correct(reader, List.of("bakcpaks")));
    }

    @Test
    void aLongWordNothingIsNearStaysAsTypedAsTheSpellCheckerWouldLeaveIt() throws IOException {
        // sandalettes: nothing within two edits keeping the first letter; the spell checker, which is skipped for
        // it, searches no wider and finds nothing either
        assertEquals(List.of("sandalettes", "mug"), SpellCorrector.correct(reader, List.of("sandalettes", "mug")));
        assertEquals(0, new DirectSpellChecker().suggestSimilar(new Term(ProductDocuments.SPELL, "sandalettes"), 1, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX).length);
        assertEquals(0, new DirectSpellChecker().suggestSimilar(new Term(ProductDocuments.SPELL, "sbeakerzz"), 1, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX).length);
        assertEquals(List.of("sbeakerzz"), SpellCorrector.correct(reader, List.of("sbeakerzz")));
    }

    @Test
    void aShortWordStillGetsTheSpellCheckersSecondEdit() throws IOException {
        // speakrz (7 letters, one edit allowed): speakers is 2 away (r and z: "speakrz" -> "speakerz" -> "speakers"),
        // found by the spell checker's second pass
        assertEquals(List.of("speakers"), SpellCorrector.correct(reader, List.of("speakrz")));
    }
}
