package io.vitrine.recommend.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrine.recommend.WeightedEvent;
import io.vitrine.recommend.ItemId;
import io.vitrine.recommend.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProtocolsTest {

    /** u1 has 8 events on items i0..i7, u2 has 4 on i7, i6, i2, i3 (timestamps = position), so every target is also trained on. */
    private static List<WeightedEvent> events() {
        List<WeightedEvent> events = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            events.add(WeightedEvent.of("u1", "i" + k, 1, k));
        }
        String[] u2 = {"i7", "i6", "i2", "i3"};
        for (int k = 0; k < 4; k++) {
            events.add(WeightedEvent.of("u2", u2[k], 1, k));
        }
        return events;
    }

    @Test
    void stratifiedKeepsThreeQuartersOfEachUserAndIsReproducible() {
        Split split = Protocols.stratified(events(), 0.75, 42);
        // u1: round(0.75 x 8) = 6 train events; u2: round(0.75 x 4) = 3 (held-out items unseen in training are dropped)
        assertEquals(6, split.train().itemsOf(split.train().userIndex(UserId.of("u1")).orElseThrow()).length);
        assertEquals(3, split.train().itemsOf(split.train().userIndex(UserId.of("u2")).orElseThrow()).length);
        for (var entry : split.test().entrySet()) {
            int u = split.train().userIndex(entry.getKey()).orElseThrow();
            Set<ItemId> train = split.train().history(u).items();
            entry.getValue().forEach(item -> assertFalse(train.contains(item)));
        }
        assertEquals(split.test(), Protocols.stratified(events(), 0.75, 42).test());
    }

    @Test
    void leaveLastOutHoldsOutTheLastEventAndValidationTheOneBefore() {
        Split test = Protocols.leaveLastOut(events());
        assertEquals(Set.of(ItemId.of("i7")), test.test().get(UserId.of("u1")));
        assertEquals(Set.of(ItemId.of("i3")), test.test().get(UserId.of("u2")));
        Split validation = Protocols.leaveLastOut(Protocols.trainingEvents(test));
        assertEquals(Set.of(ItemId.of("i6")), validation.test().get(UserId.of("u1")));
        assertEquals(Set.of(ItemId.of("i2")), validation.test().get(UserId.of("u2")));
        // no validation training event is a test target of the same user
        int u1 = validation.train().userIndex(UserId.of("u1")).orElseThrow();
        assertFalse(validation.train().history(u1).items().contains(ItemId.of("i7")));
        assertTrue(validation.train().history(u1).items().contains(ItemId.of("i5")));
    }
}
