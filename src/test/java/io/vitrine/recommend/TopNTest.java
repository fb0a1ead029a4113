package io.vitrine.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class TopNTest {

    @Test
    void bestFirstSkippingFilteredAndUnscorable() {
        float[] scores = {0.5f, 3f, Float.NEGATIVE_INFINITY, 2f, 3f, 1f};
        // 3 (index 1) and 3 (index 4) tie: lower index first; index 3 is filtered out
        assertArrayEquals(new int[] {1, 4, 5}, TopN.select(scores, 3, i -> i != 3));
        assertArrayEquals(new int[] {1, 4, 3, 5, 0}, TopN.select(scores, 10, i -> true));
        assertArrayEquals(new int[0], TopN.select(scores, 0, i -> true));
    }

    @Test
    void aRankingHandsOutEveryFiniteScoreBestFirst() {
        float[] scores = {0.5f, 3f, Float.NEGATIVE_INFINITY, 2f, 3f, Float.NaN, 1f};
        TopN.Ranking ranking = TopN.ranking(scores);
        // 3 (index 1) and 3 (index 4) tie: lower index first; -inf and NaN are never handed out
        int[] order = new int[6];
        for (int k = 0; k < order.length; k++) {
            order[k] = ranking.next();
        }
        assertArrayEquals(new int[] {1, 4, 3, 6, 0, -1}, order);
        assertArrayEquals(new int[] {-1}, new int[] {TopN.ranking(new float[0]).next()});
    }
}
