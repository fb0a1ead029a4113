package io.vitrine.search;

import com.mongodb.client.MongoDatabase;
import io.vitrine.events.EventScan;
import io.vitrine.events.InteractionType;

import java.util.List;

/**
 * {@link Popularity} counted from the stored events, read in slices by {@link EventScan}: a {@code $group}
 * aggregation made the embedded server copy every stored event into memory first (2.7 million at ten times the demo
 * store, more than the heap). It reads the events feature's collection directly because the events feature offers no
 * such count yet; this is the one place to change when it does.
 */
final class PopularityQuery {

    private PopularityQuery() {
    }

    static Popularity count(MongoDatabase db) {
        Popularity p = Popularity.none();
        new EventScan(db.getCollection("events"), EventScan.Range.ALL.ofTypes(Popularity.COUNTED), List.of("type", "productId"),
                EventScan.READ_MAX)
                .forEach(d -> p.add(InteractionType.parse(d.getString("type")).orElse(null), d.getString("productId"), 1));
        return p;
    }
}
