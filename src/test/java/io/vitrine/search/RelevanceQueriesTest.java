package io.vitrine.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelevanceQueriesTest {

    @Test
    void typoAllowanceFollowsWordLength() {
        assertEquals(0, RelevanceQueries.editsFor("mug"));
        assertEquals(1, RelevanceQueries.editsFor("wool"));
        assertEquals(1, RelevanceQueries.editsFor("samsung"));
        assertEquals(2, RelevanceQueries.editsFor("bluetooth"));
        assertEquals(0, RelevanceQueries.editsFor("pmr1336")); // model numbers must be exact
    }

    @Test
    void editDistanceCountsASwapAsOneEdit() {
        assertEquals(1, RelevanceQueries.editDistance("samsnug", "samsung"));
        assertEquals(2, RelevanceQueries.editDistance("smasnug", "samsung"));
        assertEquals(1, RelevanceQueries.editDistance("shirt", "skirt"));
        assertEquals(0, RelevanceQueries.editDistance("", ""));
    }

    @Test
    void longQueriesMayMissAQuarterOfTheirWords() {
        assertEquals(1, RelevanceQueries.minimumShouldMatch(1));
        assertEquals(2, RelevanceQueries.minimumShouldMatch(2));
        assertEquals(3, RelevanceQueries.minimumShouldMatch(3));
        assertEquals(3, RelevanceQueries.minimumShouldMatch(4));
        assertEquals(6, RelevanceQueries.minimumShouldMatch(8));
    }
}
