package io.vitrine.vision;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ShelfPriorTest {

    /** By cosine: a, b, c, d. */
    private static final List<VisualMatch> CANDIDATES = List.of(new VisualMatch("a", "bags", 0.90),
            new VisualMatch("b", "shoes", 0.85), new VisualMatch("c", "shoes", 0.80), new VisualMatch("d", "bags", 0.70));
    private static final Map<String, Double> P = Map.of("shoes", 0.6, "bags", 0.3);

    @Test
    void theLikelierShelfLiftsItsCandidatesByWeightTimesProbability() {
        // a 0.90 + 0.3 * 0.3 = 0.99, b 0.85 + 0.3 * 0.6 = 1.03, c 0.80 + 0.18 = 0.98, d 0.70 + 0.09 = 0.79
        List<VisualMatch> ranked = new ShelfPrior(0.3, 100).rank(CANDIDATES, P, 3);

        assertEquals(List.of("b", "a", "c"), ranked.stream().map(VisualMatch::productId).toList());
        assertEquals(0.99, new ShelfPrior(0.3, 100).score(CANDIDATES.get(0), P), 1e-12);
        assertEquals(0.85, ranked.get(0).score(), 1e-12, "a match keeps its cosine as score");
    }

    @Test
    void weightZeroIsTheCosineAloneAndALargeWeightPutsTheLikeliestShelfFirst() {
        assertEquals(List.of("a", "b", "c", "d"), ids(new ShelfPrior(0, 100).rank(CANDIDATES, P, 10)));
        // weight 10: shoes +6, bags +3, so both shoes before both bags, each shelf in cosine order
        assertEquals(List.of("b", "c", "a", "d"), ids(new ShelfPrior(10, 100).rank(CANDIDATES, P, 10)));
    }

    @Test
    void aShelfTheModelDoesNotKnowCountsAsProbabilityZeroAndTiesKeepTheCosineOrder() {
        List<VisualMatch> unknown = List.of(new VisualMatch("x", "kites", 0.95), new VisualMatch("y", "bags", 0.70));
        // x 0.95 + 0 = 0.95, y 0.70 + 0.5 * 0.3 = 0.85
        assertEquals(List.of("x", "y"), ids(new ShelfPrior(0.5, 10).rank(unknown, P, 2)));
        List<VisualMatch> tied = List.of(new VisualMatch("p", "bags", 0.5), new VisualMatch("q", "bags", 0.5));
        assertEquals(List.of("p", "q"), ids(new ShelfPrior(1, 10).rank(tied, P, 2)));
    }

    @Test
    void asksForThePoolOfCandidatesButNeverFewerThanAsked() {
        assertEquals(100, new ShelfPrior(0.3, 100).candidates(10));
        assertEquals(120, new ShelfPrior(0.3, 100).candidates(120));
        assertEquals(10, ShelfPrior.NONE.candidates(10), "the cosine alone needs no pool");
        assertThrows(IllegalArgumentException.class, () -> new ShelfPrior(-0.1, 10));
    }

    private static List<String> ids(List<VisualMatch> matches) {
        return matches.stream().map(VisualMatch::productId).toList();
    }
}
