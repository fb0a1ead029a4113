package io.vitrine.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrine.recommend.train.EaseTrainer;
import java.util.List;
import org.junit.jupiter.api.Test;

class EaseRecommenderTest {

    /*
     * Gram of the fixture + lambda = 1 on the diagonal: A = [[3,2,1],[2,3,1],[1,1,3]], det 13,
     * P = A^-1 = [[8,-5,-1],[-5,8,-1],[-1,-1,5]] / 13, B_ij = -P_ij / P_jj:
     * B_ab = B_ba = 5/8, B_ac = B_bc = 1/5, B_ca = B_cb = 1/8, diagonal 0.
     */
    @Test
    void closedFormWeightsMatchTheHandInverse() {
        Interactions data = Fixtures.threeByThree();
        EaseRecommender ease = new EaseTrainer(1.0, 100).train(data);
        int a = Fixtures.index(data, "a");
        int b = Fixtures.index(data, "b");
        int c = Fixtures.index(data, "c");
        assertEquals(5.0 / 8.0, ease.weight(a, b), 1e-5);
        assertEquals(5.0 / 8.0, ease.weight(b, a), 1e-5);
        assertEquals(1.0 / 5.0, ease.weight(a, c), 1e-5);
        assertEquals(1.0 / 8.0, ease.weight(c, a), 1e-5);
        assertEquals(0.0, ease.weight(a, a));
    }

    @Test
    void scoresSumTheRowsOfTheHistory() {
        Interactions data = Fixtures.threeByThree();
        EaseRecommender ease = new EaseTrainer(1.0, 100).train(data);
        // history {a, c}: score(b) = B_ab + B_cb = 5/8 + 1/8 = 3/4
        float[] s = ease.scores(UserHistory.of("x", "a", "c"));
        assertEquals(3.0 / 4.0, s[Fixtures.index(data, "b")], 1e-5);
        List<Recommendation> top = ease.recommend(UserHistory.of("x", "a"), 1, id -> !id.value().equals("a"));
        assertEquals("b", top.get(0).item().value());
        assertEquals("because you viewed a", top.get(0).reason().text());
    }

    @Test
    void recencyDecayWeighsTheLatestItemMost() {
        Interactions data = Fixtures.threeByThree();
        EaseRecommender ease = new EaseTrainer(1.0, 100).train(data).withRecencyDecay(0.5);
        // history a then c: x_c = 1, x_a = 0.5, so score(b) = 0.5 x 5/8 + 1 x 1/8 = 7/16
        float[] s = ease.scores(UserHistory.of("x", "a", "c"));
        assertEquals(7.0 / 16.0, s[Fixtures.index(data, "b")], 1e-5);
    }

    /*
     * Dropout p = 0.5 adds p/(1-p) x G_ii = 2 to each diagonal: A = [[5,2,1],[2,5,1],[1,1,5]], det 99,
     * P_ab = -(2x5 - 1x1)/99 = -9/99, P_bb = (25 - 1)/99 = 24/99, so B_ab = 9/24 = 3/8.
     */
    @Test
    void dropoutRegularisesPopularItemsMore() {
        Interactions data = Fixtures.threeByThree();
        EaseRecommender ease = new EaseTrainer(1.0, 0.5, 100).train(data);
        assertEquals(3.0 / 8.0, ease.weight(Fixtures.index(data, "a"), Fixtures.index(data, "b")), 1e-5);
    }

    @Test
    void itemCapKeepsTheMostPopularItemsAndLeavesTheRestUnscored() {
        // degrees: a 2, b 2, c 2 -> ties broken by index: a and b are kept
        Interactions data = Fixtures.threeByThree();
        EaseRecommender ease = new EaseTrainer(1.0, 2).train(data);
        assertEquals(2, ease.modelledItems());
        float[] s = ease.scores(UserHistory.of("x", "a"));
        assertEquals(Float.NEGATIVE_INFINITY, s[Fixtures.index(data, "c")]);
        // with only a and b: A = [[3,2],[2,3]], P = [[3,-2],[-2,3]]/5, B_ab = 2/3
        assertEquals(2.0 / 3.0, s[Fixtures.index(data, "b")], 1e-5);
        assertTrue(ease.recommend(UserHistory.of("x", "a"), 5, id -> true).stream().noneMatch(r -> r.item().value().equals("c")));
    }
}
