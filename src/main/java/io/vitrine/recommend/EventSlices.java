package io.vitrine.recommend;

import com.mongodb.client.MongoCollection;
import io.vitrine.events.EventScan;
import io.vitrine.events.InteractionType;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Streams the events a training learns from through {@link EventScan} (slices small enough for the embedded server to
 * hold, at most about {@code maxPerRead} events a query), only events at or after {@code since}. Each user and product
 * id is made once, so an event costs one small record. Plain Java, no CDI.
 */
public final class EventSlices {

    private static final List<String> FIELDS = List.of("type", "userId", "productId", "occurredAt");

    private final EventScan scan;

    /**
     * @param since      epoch milliseconds of the oldest event read ({@code Long.MIN_VALUE}: all)
     * @param maxPerRead events per query at most (about; 0 reads in one query)
     */
    public EventSlices(MongoCollection<Document> events, long since, int maxPerRead) {
        this.scan = new EventScan(events, EventScan.Range.ALL.since(since), FIELDS, maxPerRead);
    }

    /** How many queries a read takes: one per {@code maxPerRead} stored events. */
    public int slices() {
        return scan.slices();
    }

    /** The events with a product and a positive weight, slice by slice; purchases are also passed to {@code bought}. */
    public void read(Consumer<WeightedEvent> sink, Consumer<WeightedEvent> bought) {
        Ids ids = new Ids();
        scan.forEach(d -> {
            Optional<InteractionType> type = InteractionType.parse(d.getString("type"));
            Optional<WeightedEvent> e = ids.event(d, type);
            if (e.isPresent()) {
                sink.accept(e.get());
                if (type.get() == InteractionType.PURCHASE) {
                    bought.accept(e.get());
                }
            }
        });
    }

    /** Every event of {@link #read}, in one list (slice after slice; each slice in stored order). */
    public List<WeightedEvent> readAll() {
        List<WeightedEvent> all = new ArrayList<>();
        read(all::add, e -> { });
        return all;
    }
    /** One {@link UserId} and {@link ItemId} per distinct id read: millions of events share ten thousand shoppers. */
    private static final class Ids {
        private final Map<String, UserId> users = new HashMap<>();
        private final Map<String, ItemId> items = new HashMap<>();

        Optional<WeightedEvent> event(Document d, Optional<InteractionType> type) {
            String user = d.getString("userId");
            String product = d.getString("productId");
            Object at = d.get("occurredAt");
            if (user == null || product == null || type.isEmpty() || !(type.get().weight() > 0)
                    || !(at instanceof Number)) {
                return Optional.empty();
            }
            return Optional.of(new WeightedEvent(users.computeIfAbsent(user, UserId::of),
                    items.computeIfAbsent(product, ItemId::of), type.get().weight(), ((Number) at).longValue()));
        }
    }
}
