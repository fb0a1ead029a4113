package io.vitrine.recommend;

import io.vitrine.events.EventsRecorded;
import io.vitrine.events.InteractionType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecentHistoriesTest {

    @Test
    void seededHistoriesFollowRecordedEventsAndKeepTheLatest() {
        RecentHistories histories = new RecentHistories();
        List<WeightedEvent> events = new ArrayList<>();
        for (int t = 0; t < RecentHistories.KEEP + 5; t++) {
            events.add(WeightedEvent.of("u", "item" + t, 1, t));
        }
        histories.seed(new TrainingData(events, List.of(), List.of(),
                Map.of(UserId.of("u"), Set.of(ItemId.of("item0")))));
        // the same event again (recorded while training read) is kept once; a purchase adds to the bought items
        histories.onRecorded(new EventsRecorded(List.of(
                io.vitrine.events.Interaction.of(InteractionType.PURCHASE, "u", "new", Instant.ofEpochMilli(1000)),
                io.vitrine.events.Interaction.of(InteractionType.VIEW, "anon:s", "x", Instant.ofEpochMilli(7)))));
        histories.seed(new TrainingData(List.of(events.get(events.size() - 1)), List.of(), List.of()));

        UserHistory u = histories.history(UserId.of("u"));
        assertEquals(RecentHistories.KEEP, u.events().size());
        assertEquals("item6", u.events().get(0).item().value(), "the oldest six are dropped");
        assertEquals("new", u.events().get(u.events().size() - 1).item().value());
        assertEquals(5.0, u.events().get(u.events().size() - 1).weight(), "purchase weight");
        assertEquals(Set.of(ItemId.of("item0"), ItemId.of("new")), histories.bought(UserId.of("u")));
        assertEquals(List.of(ItemId.of("x")), histories.history(UserId.of("anon:s")).events().stream().map(WeightedEvent::item).toList());
        assertTrue(histories.history(UserId.of("nobody")).isEmpty());
    }
    @Test
    void aBatchGivesTheSameHistoriesAsItsEventsOneByOne() {
        List<io.vitrine.events.Interaction> batch = new ArrayList<>();
        for (int t = 0; t < RecentHistories.KEEP + 3; t++) {
            // two shoppers interleaved, times out of order, the last two a repeat and a purchase
            batch.add(io.vitrine.events.Interaction.of(InteractionType.VIEW, t % 2 == 0 ? "a" : "b", "i" + t,
                    Instant.ofEpochMilli(1_000 - t)));
        }
        batch.add(batch.get(4));
        batch.add(io.vitrine.events.Interaction.of(InteractionType.PURCHASE, "a", "bought", Instant.ofEpochMilli(2_000)));
        RecentHistories together = new RecentHistories();
        together.onRecorded(new EventsRecorded(batch));
        RecentHistories oneByOne = new RecentHistories();
        batch.forEach(e -> oneByOne.onRecorded(new EventsRecorded(List.of(e))));

        for (String user : List.of("a", "b")) {
            assertEquals(oneByOne.history(UserId.of(user)).events(), together.history(UserId.of(user)).events(), user);
            assertEquals(oneByOne.bought(UserId.of(user)), together.bought(UserId.of(user)), user);
        }
        // a: i0, i2, ..., i102 (52 views, i4 once) and the purchase; b: i1, ..., i101 (51), oldest first
        assertEquals(53, together.history(UserId.of("a")).events().size());
        assertEquals("i102", together.history(UserId.of("a")).events().get(0).item().value());
        assertEquals("bought", together.history(UserId.of("a")).events().get(52).item().value());
        assertEquals(51, together.history(UserId.of("b")).events().size());
        assertEquals(Set.of(ItemId.of("bought")), together.bought(UserId.of("a")));
        assertEquals(Set.of(), together.bought(UserId.of("b")));
    }
}
