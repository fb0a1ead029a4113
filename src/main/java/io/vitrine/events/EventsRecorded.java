package io.vitrine.events;

import java.util.List;

/**
 * A CDI event fired after interactions were stored (duplicates included: a retry says the same); the recommender
 * observes it to keep its in-memory shopper histories current without querying the events collection per request.
 */
public record EventsRecorded(List<Interaction> events) {

    public EventsRecorded {
        events = List.copyOf(events);
    }
}
