package io.vitrine.recommend.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vitrine.recommend.ItemId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    /** Ranking a b c d e; relevant b, d and z (z never ranked): hits at ranks 2 and 4. */
    private final List<ItemId> ranking = ids("a", "b", "c", "d", "e");
    private final Set<ItemId> relevant = Set.copyOf(ids("b", "d", "z"));

    @Test
    void precisionDividesHitsByK() {
        assertEquals(2.0 / 5.0, new Precision(5).evaluate(ranking, relevant), 1e-12);
        assertEquals(1.0 / 3.0, new Precision(3).evaluate(ranking, relevant), 1e-12);
        // a short list is not rewarded: 2 hits / k = 10
        assertEquals(2.0 / 10.0, new Precision(10).evaluate(ranking, relevant), 1e-12);
    }

    @Test
    void recallDividesHitsByRelevant() {
        assertEquals(2.0 / 3.0, new Recall(5).evaluate(ranking, relevant), 1e-12);
        assertEquals(1.0 / 3.0, new Recall(2).evaluate(ranking, relevant), 1e-12);
    }

    @Test
    void hitRateIsAnyHit() {
        assertEquals(0.0, new HitRate(1).evaluate(ranking, relevant));
        assertEquals(1.0, new HitRate(2).evaluate(ranking, relevant));
    }

    /* DCG = 1/log2(3) + 1/log2(5); ideal over min(5, 3) = 3 hits: 1 + 1/log2(3) + 1/log2(4) = 1.5 + 1/log2(3). */
    @Test
    void ndcgNormalisesByTheIdealRanking() {
        double log2of3 = Math.log(3) / Math.log(2);
        double log2of5 = Math.log(5) / Math.log(2);
        double expected = (1 / log2of3 + 1 / log2of5) / (1.5 + 1 / log2of3);
        assertEquals(expected, new Ndcg(5).evaluate(ranking, relevant), 1e-12);
        assertEquals(1.0, new Ndcg(2).evaluate(ids("b", "d"), relevant), 1e-12);
    }

    /* AP@5 = (1/2 + 2/4) / min(5, 3) = 1/3. */
    @Test
    void averagePrecisionAtK() {
        assertEquals(1.0 / 3.0, new AveragePrecision(5).evaluate(ranking, relevant), 1e-12);
        assertEquals(1.0, new AveragePrecision(2).evaluate(ids("b", "d"), relevant), 1e-12);
    }

    @Test
    void coverageCountsDistinctRecommendedItems() {
        // lists {a, b} and {b, c}: 3 distinct items of a catalogue of 12
        assertEquals(3.0 / 12.0, CatalogueCoverage.of(List.of(ids("a", "b"), ids("b", "c")), 12), 1e-12);
    }

    @Test
    void emptyRelevantScoresZero() {
        assertEquals(0.0, new Ndcg(5).evaluate(ranking, Set.of()));
        assertEquals(0.0, new Recall(5).evaluate(ranking, Set.of()));
        assertEquals(0.0, new AveragePrecision(5).evaluate(ranking, Set.of()));
    }

    static List<ItemId> ids(String... values) {
        return Arrays.stream(values).map(ItemId::of).collect(Collectors.toList());
    }
}
