package io.vitrine.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnalysisTest {

    @Test
    void elisionAndAccentsAreRemovedBeforeAnythingElse() {
        assertEquals(List.of("echarpe"), Analysis.tokens(Analysis.PLAIN, "f", "l'écharpe"));
        assertEquals(List.of("echarpe"), Analysis.tokens(Analysis.PLAIN, "f", "L’Écharpe"));
        assertEquals(List.of("creme", "brulee"), Analysis.tokens(Analysis.PLAIN, "f", "Crème BRÛLÉE"));
    }

    @Test
    void frenchPluralsAndElisionMeetOnTheSameTerm() {
        String singular = Analysis.term(Analysis.FRENCH, "f", "écharpe");
        assertEquals(singular, Analysis.tokens(Analysis.FRENCH, "f", "l'écharpe").get(0));
        assertEquals(singular, Analysis.tokens(Analysis.FRENCH, "f", "echarpes").get(0));
        assertEquals(Analysis.term(Analysis.FRENCH, "f", "chaussure"), Analysis.term(Analysis.FRENCH, "f", "chaussures"));
    }

    @Test
    void englishPluralsAndPossessivesAreStemmedLightly() {
        assertEquals(List.of("towel"), Analysis.tokens(Analysis.ENGLISH, "f", "Towels"));
        assertEquals(List.of("boy", "shirt"), Analysis.tokens(Analysis.ENGLISH, "f", "Boy's shirts"));
        // light: "running" stays a word shoppers would recognise
        assertEquals(List.of("running"), Analysis.tokens(Analysis.ENGLISH, "f", "running"));
    }

    @Test
    void edgeNgramsIndexEveryPrefix() {
        assertEquals(List.of("i", "ip", "iph", "ipho", "iphon", "iphone"), Analysis.tokens(Analysis.EDGE_NGRAM, "f", "iPhone"));
    }

    @Test
    void queryTextIsCutAndCleaned() {
        QueryText q = QueryText.of("  AND OR NOT ( * \" ~ ", 200, 12);
        assertEquals(List.of("and", "or", "not"), q.words());
        QueryText longOne = QueryText.of("word ".repeat(2_000), 200, 12);
        assertEquals(12, longOne.words().size());
        assertEquals(true, longOne.truncated());
        assertEquals(List.of(), QueryText.of("👟 ✨", 200, 12).words());
        assertEquals(List.of(), QueryText.of(null, 200, 12).words());
    }
}
