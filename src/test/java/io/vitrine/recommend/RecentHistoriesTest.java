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
}
