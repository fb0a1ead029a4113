package io.vitrine.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SynonymsTest {

    @Test
    void equivalentWordsGiveEveryOtherReading() {
        Synonyms s = Synonyms.parse("sneakers, baskets, trainers\n# shoes\n");
        List<List<String>> readings = RelevanceQueries.synonymPaths(QueryText.of("red sneakers", 200, 12), s);
        assertEquals(List.of(List.of("red", "baskets"), List.of("red", "trainers")),
                readings.stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList());
    }

    @Test
    void multiWordAndOneWayRulesWork() {
        Synonyms s = Synonyms.parse("tee => t-shirt");
        assertEquals(List.of(List.of("t", "shirt")), RelevanceQueries.synonymPaths(QueryText.of("tee", 200, 12), s));
        assertTrue(RelevanceQueries.synonymPaths(QueryText.of("t-shirt", 200, 12), s).isEmpty());
    }

    @Test
    void blankTextMeansNoSynonymsAndBadRulesAreRefused() {
        assertTrue(Synonyms.parse("  \n").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Synonyms.parse("a => b => c"));
    }
}
