package io.vitrine.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InteractionsTest {

    @Test
    void sumsRepeatedEventsAndKeepsTheirTimeOrder() {
        // u1 views b (t=5), views a (t=1, arrives late), buys b (t=9, weight 3): row b = 1 + 3 = 4, sequence a, b, b
        Interactions data = Interactions.of(List.of(
                WeightedEvent.of("u1", "b", 1, 5), WeightedEvent.of("u1", "a", 1, 1), WeightedEvent.of("u1", "b", 3, 9)));
        int a = Fixtures.index(data, "a");
        int b = Fixtures.index(data, "b");
        assertEquals(1, data.userCount());
        assertEquals(2, data.itemCount());
        assertEquals(3, data.eventCount());
        assertArrayEquals(new int[] {a, b, b}, data.sequenceOf(0));
        assertArrayEquals(new long[] {1, 5, 9}, data.sequenceTimesOf(0));
        float[] weights = data.weightsOf(0);
        int[] items = data.itemsOf(0);
        assertEquals(4f, weights[items[0] == b ? 0 : 1]);
        assertEquals(9, data.maxTimestamp());
        assertArrayEquals(new int[] {0}, data.usersOf(b));
    }

    @Test
    void catalogueItemsWithoutEventsGetAnIndex() {
        Interactions data = Interactions.of(List.of(WeightedEvent.of("u1", "a", 1, 1)), List.of(ItemId.of("new")));
        assertEquals(2, data.itemCount());
        assertTrue(data.items().indexOf(ItemId.of("new")).isPresent());
        assertEquals(0, data.itemDegrees()[Fixtures.index(data, "new")]);
    }

    @Test
    void historyOfATrainingUserIsItsEventsInOrder() {
        Interactions data = Fixtures.threeByThree();
        UserHistory h = data.history(data.userIndex(UserId.of("u2")).orElseThrow());
        assertEquals(List.of("a", "b", "c"), h.events().stream().map(e -> e.item().value()).toList());
    }

    @Test
    void rejectsNonPositiveWeights() {
        assertThrows(IllegalArgumentException.class, () -> WeightedEvent.of("u", "i", 0, 1));
    }
}
