package io.vitrine.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnalyzersTest {

    @Test
    void elisionAndAccentsAreRemovedBeforeAnythingElse() {
        assertEquals(List.of("echarpe"), Analyzers.tokens(Analyzers.PLAIN, "f", "l'écharpe"));
        assertEquals(List.of("echarpe"), Analyzers.tokens(Analyzers.PLAIN, "f", "L’Écharpe"));
        assertEquals(List.of("creme", "brulee"), Analyzers.tokens(Analyzers.PLAIN, "f", "Crème BRÛLÉE"));
    }

    @Test
    void frenchPluralsAndElisionMeetOnTheSameTerm() {
        String singular = Analyzers.term(Analyzers.FRENCH, "f", "écharpe");
        assertEquals(singular, Analyzers.tokens(Analyzers.FRENCH, "f", "l'écharpe").get(0));
        assertEquals(singular, Analyzers.tokens(Analyzers.FRENCH, "f", "echarpes").get(0));
        assertEquals(Analyzers.term(Analyzers.FRENCH, "f", "chaussure"), Analyzers.term(Analyzers.FRENCH, "f", "chaussures"));
    }

    @Test
    void englishPluralsAndPossessivesAreStemmedLightly() {
        assertEquals(List.of("towel"), Analyzers.tokens(Analyzers.ENGLISH, "f", "Towels"));
        assertEquals(List.of("boy", "shirt"), Analyzers.tokens(Analyzers.ENGLISH, "f", "Boy's shirts"));
        // light: "running" stays a word shoppers would recognise
        assertEquals(List.of("running"), Analyzers.tokens(Analyzers.ENGLISH, "f", "running"));
    }

    @Test
    void edgeNgramsIndexEveryPrefix() {
        assertEquals(List.of("i", "ip", "iph", "ipho", "iphon", "iphone"), Analyzers.tokens(Analyzers.EDGE_NGRAM, "f", "iPhone"));
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
