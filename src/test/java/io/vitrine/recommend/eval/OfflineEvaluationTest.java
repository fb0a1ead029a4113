package io.vitrine.recommend.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vitrine.recommend.WeightedEvent;
import io.vitrine.recommend.ItemId;
import io.vitrine.recommend.Reason;
import io.vitrine.recommend.Recommendation;
import io.vitrine.recommend.Recommender;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfflineEvaluationTest {

    /**
     * Catalogue a, b, c, d; u1 trained on a, u2 on b. The recommender always proposes a, b, c, d in that order;
     * the evaluation masks the user's training items, so u1 gets b, c and u2 gets a, c (k = 2).
     * u1 relevant {c}: hit at rank 2; u2 relevant {d}: no hit. P@2 = (1/2 + 0)/2 = 1/4; HR@2 = 1/2;
     * coverage = {a, b, c} of 4 items = 3/4.
     */
    @Test
    void averagesOverTestUsersAndMasksTrainingItems() {
        Split split = new Split(io.vitrine.recommend.Interactions.of(List.of(
                WeightedEvent.of("u1", "a", 1, 1), WeightedEvent.of("u2", "b", 1, 1),
                WeightedEvent.of("u3", "c", 1, 1), WeightedEvent.of("u3", "d", 1, 2))),
                Map.of(io.vitrine.recommend.UserId.of("u1"), Set.of(ItemId.of("c")),
                        io.vitrine.recommend.UserId.of("u2"), Set.of(ItemId.of("d"))));
        Recommender fixedOrder = (user, n, filter) -> List.of("a", "b", "c", "d").stream().map(ItemId::of)
                .filter(filter).limit(n).map(id -> new Recommendation(id, 1, Reason.forYou())).toList();
        Map<String, Double> result = OfflineEvaluation.standard(2).evaluate(fixedOrder, split);
        assertEquals(1.0 / 4.0, result.get("precision@2"), 1e-12);
        assertEquals(1.0 / 2.0, result.get("hr@2"), 1e-12);
        assertEquals(1.0 / 2.0, result.get("recall@2"), 1e-12);
        // u1: 1/log2(3) over ideal 1 -> ndcg 1/log2(3); averaged with 0
        assertEquals(Math.log(2) / Math.log(3) / 2, result.get("ndcg@2"), 1e-12);
        assertEquals(3.0 / 4.0, result.get("coverage"), 1e-12);
    }
}
