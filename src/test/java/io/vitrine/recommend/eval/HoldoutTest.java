package io.vitrine.recommend.eval;

import io.vitrine.recommend.WeightedEvent;
import io.vitrine.recommend.ItemId;
import io.vitrine.recommend.UserId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HoldoutTest {

    /**
     * Cut-off at t = 10. u1: a (1), b (5) | b (11), c (12) -> test {c} (b is already in u1's history).
     * u2: a (2) | nothing later -> no test items. u3: only after the cut -> unknown to training, not evaluated.
     * u4: d (3) | e (15) where e only appears after the cut -> unknown item, dropped; u4 left without test items.
     */
    @Test
    void testsEachKnownShopperOnTheNewKnownItemsAfterTheCut() {
        List<WeightedEvent> events = List.of(
                WeightedEvent.of("u1", "a", 1, 1), WeightedEvent.of("u1", "b", 1, 5),
                WeightedEvent.of("u1", "b", 1, 11), WeightedEvent.of("u1", "c", 1, 12),
                WeightedEvent.of("u2", "a", 1, 2),
                WeightedEvent.of("u3", "a", 1, 13),
                WeightedEvent.of("u4", "d", 1, 3), WeightedEvent.of("u4", "e", 1, 15));

        Split split = Holdout.timeBased(events, 10, List.of(ItemId.of("c")));

        assertEquals(Map.of(UserId.of("u1"), Set.of(ItemId.of("c"))), split.test());
        assertEquals(4, split.train().eventCount());
        assertEquals(3, split.train().userCount());
        assertEquals(4, split.train().itemCount(), "c, a, b, d: catalogue first, then items seen before the cut");
    }
}
