package io.vitrine.recommend;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.vitrine.events.InteractionType;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Streams the events a training learns from, in slices small enough for the database to hold. The embedded server
 * (mongo-java-server) answers a query by building the whole result in memory before the first batch leaves: all of
 * the 2.7 million events of ten times the demo store took more than the 2 GB heap. Here a read asks for at most
 * about {@code maxPerRead} events at a time, slicing by {@code occurredAt} modulo the number of slices (events of the
 * same millisecond fall in the same slice, so each shopper's order is kept), and only events at or after
 * {@code since}, in replies of {@link #BATCH}. Each user and product id is made once, so an event costs one small
 * record. Plain Java, no CDI.
 */
public final class EventSlices {

    /**
     * Events per reply. Without it the embedded server sends a whole answer in its first reply, and the driver
     * refuses a reply above 48 MB (500,000 projected events were 57 MB).
     */
    static final int BATCH = 10_000;

    private final MongoCollection<Document> events;
    private final long since;
    private final int maxPerRead;

    /**
     * @param since      epoch milliseconds of the oldest event read ({@code Long.MIN_VALUE}: all)
     * @param maxPerRead events per query at most (about; 0 reads in one query)
     */
    public EventSlices(MongoCollection<Document> events, long since, int maxPerRead) {
        if (maxPerRead < 0) {
            throw new IllegalArgumentException("maxPerRead >= 0 required: " + maxPerRead);
        }
        this.events = events;
        this.since = since;
        this.maxPerRead = maxPerRead;
    }

    /** How many queries a read takes: one per {@code maxPerRead} stored events. */
    public int slices() {
        long stored = events.estimatedDocumentCount();
        return maxPerRead == 0 || stored <= maxPerRead ? 1 : (int) Math.min(10_000, (stored + maxPerRead - 1) / maxPerRead);
    }

    /** The events with a product and a positive weight, slice by slice; purchases are also passed to {@code bought}. */
    public void read(Consumer<WeightedEvent> sink, Consumer<WeightedEvent> bought) {
        Ids ids = new Ids();
        int slices = slices();
        for (int slice = 0; slice < slices; slice++) {
            Bson filter = filter(slices, slice);
            for (Document d : events.find(filter).projection(
                    Projections.fields(Projections.include("type", "userId", "productId", "occurredAt"),
                            Projections.excludeId())).batchSize(BATCH)) {
                Optional<InteractionType> type = InteractionType.parse(d.getString("type"));
                Optional<WeightedEvent> e = ids.event(d, type);
                if (e.isPresent()) {
                    sink.accept(e.get());
                    if (type.get() == InteractionType.PURCHASE) {
                        bought.accept(e.get());
                    }
                }
            }
        }
    }

    /** Every event of {@link #read}, in one list (slice after slice; each slice in stored order). */
    public List<WeightedEvent> readAll() {
        List<WeightedEvent> all = new ArrayList<>();
        read(all::add, e -> { });
        return all;
    }

    private Bson filter(int slices, int slice) {
        List<Bson> parts = new ArrayList<>();
        if (since != Long.MIN_VALUE) {
            parts.add(Filters.gte("occurredAt", since));
        }
        if (slices > 1) {
            // the embedded server takes $mod of the value cut to an int, which is negative for about half of today's
            // epoch milliseconds: slice r also takes the negative remainder r - slices, so every event is in one slice
            parts.add(slice == 0 ? Filters.mod("occurredAt", slices, 0)
                    : Filters.or(Filters.mod("occurredAt", slices, slice), Filters.mod("occurredAt", slices, slice - slices)));
        }
        return parts.isEmpty() ? new Document() : parts.size() == 1 ? parts.get(0) : Filters.and(parts);
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
