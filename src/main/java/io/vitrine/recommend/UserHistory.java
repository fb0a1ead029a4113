package io.vitrine.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What is known about a shopper at query time: their events in time order (oldest first). Passing the events at
 * query time, rather than a user index into the training data, is what lets a fresh view change the next
 * recommendations without retraining, and what serves anonymous sessions.
 */
public record UserHistory(UserId user, List<WeightedEvent> events) {

    public UserHistory {
        Objects.requireNonNull(user, "user");
        List<WeightedEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingLong(WeightedEvent::timestamp));
        events = List.copyOf(sorted);
    }

    /** A shopper with no known events (a new or anonymous visitor). */
    public static UserHistory empty(UserId user) {
        return new UserHistory(user, List.of());
    }

    /** Convenience for tests and sessions: items in the order seen, weight 1, timestamps 0, 1, 2, ... */
    public static UserHistory of(String user, String... items) {
        List<WeightedEvent> events = new ArrayList<>();
        for (int t = 0; t < items.length; t++) {
            events.add(WeightedEvent.of(user, items[t], 1.0, t));
        }
        return new UserHistory(UserId.of(user), events);
    }

    /** The distinct items of the history. */
    public Set<ItemId> items() {
        Set<ItemId> items = new LinkedHashSet<>();
        for (WeightedEvent e : events) {
            items.add(e.item());
        }
        return Set.copyOf(items);
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }
}
