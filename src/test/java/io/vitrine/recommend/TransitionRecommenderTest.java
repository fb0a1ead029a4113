package io.vitrine.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vitrine.recommend.train.TransitionTrainer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransitionRecommenderTest {

    /* Sequences a b c, a b, a c with window 1: a->b 2, a->c 1, b->c 1, so P(b|a) = 2/3, P(c|a) = 1/3, P(c|b) = 1. */
    private static Interactions sequences() {
        return Interactions.of(List.of(
                WeightedEvent.of("u1", "a", 1, 1), WeightedEvent.of("u1", "b", 1, 2), WeightedEvent.of("u1", "c", 1, 3),
                WeightedEvent.of("u2", "a", 1, 1), WeightedEvent.of("u2", "b", 1, 2),
                WeightedEvent.of("u3", "a", 1, 1), WeightedEvent.of("u3", "c", 1, 2)));
    }

    @Test
    void learnsNextItemProbabilities() {
        Interactions data = sequences();
        TransitionRecommender model = new TransitionTrainer(1, 0.5, 10).train(data, 1, 1);
        int a = Fixtures.index(data, "a");
        assertEquals(2.0 / 3.0, model.probability(a, Fixtures.index(data, "b")), 1e-6);
        assertEquals(1.0 / 3.0, model.probability(a, Fixtures.index(data, "c")), 1e-6);
        assertEquals(1.0, model.probability(Fixtures.index(data, "b"), Fixtures.index(data, "c")), 1e-6);
    }

    @Test
    void theLatestViewChangesTheRecommendationWithoutRetraining() {
        Interactions data = sequences();
        // depth 2, decay 0.5, history a then b: c = 1 x P(c|b) + 0.5 x P(c|a) = 7/6, b = 0.5 x 2/3 = 1/3
        TransitionRecommender model = new TransitionTrainer(1, 0.5, 10).train(data, 2, 0.5);
        float[] s = model.scores(UserHistory.of("x", "a", "b"));
        assertEquals(7.0 / 6.0, s[Fixtures.index(data, "c")], 1e-6);
        assertEquals(1.0 / 3.0, s[Fixtures.index(data, "b")], 1e-6);
        // the same model: after viewing only a, b leads (2/3 vs 1/3); after a then b, c leads
        assertEquals("b", model.recommend(UserHistory.of("x", "a"), 1, id -> true).get(0).item().value());
        Recommendation next = model.recommend(UserHistory.of("x", "a", "b"), 1, id -> true).get(0);
        assertEquals("c", next.item().value());
        assertEquals("often viewed next after b", next.reason().text());
    }

    @Test
    void widerWindowCountsLaterItemsWithDecay() {
        // window 2, decay 0.5: u1 adds a->c 0.5, so a->b 2, a->c 1.5: P(b|a) = 2/3.5 = 4/7
        Interactions data = sequences();
        TransitionRecommender model = new TransitionTrainer(2, 0.5, 10).train(data);
        assertEquals(4.0 / 7.0, model.probability(Fixtures.index(data, "a"), Fixtures.index(data, "b")), 1e-6);
    }
}
