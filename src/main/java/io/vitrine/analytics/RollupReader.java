package io.vitrine.analytics;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.vitrine.events.EventScan;
import io.vitrine.events.Interaction;
import io.vitrine.events.InteractionType;
import io.vitrine.platform.startup.EventCheckpoint;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Fills a {@link SalesCube} from the database in one read of the events and one aggregation of the orders:
 * <ol>
 *   <li>views, purchases and ratings counted per product, UTC day, kind and stars;</li>
 *   <li>the few events whose meaning depends on what the same shopper did before (searches, views from a search
 *   result, cart additions), kept and put in time order;</li>
 *   <li>order lines with their amount ({@code $unwind} + {@code $multiply}), cancelled orders left out, in time
 *   order.</li>
 * </ol>
 * The last two are merged by time so that an order line is credited to the source of the shopper's last cart
 * addition <em>before</em> it. Only what happened before {@code cutoff} is read; the service replays what arrived
 * since. A later roll-up reads only what happened since the previous one's cutoff ({@link #readSince}) into the cube
 * that one filled, whose per-shopper memories (last search, cart sources) carry the attribution across: the events of
 * that window come by one query on {@code occurredAt} ({@link EventScan#window}), which its index serves, instead of
 * a pass over every stored event. The events are read through {@link EventScan} (slices of about
 * {@link EventScan#READ_MAX}) and counted here, not by a {@code $group}: the embedded server copies every stored
 * event into memory for any aggregation of the events, and at ten times the demo store (2.7 million) that ran the
 * shop out of heap.
 */
public final class RollupReader {

    /** What a read counted, for the log: counted events, kept sequence events, order lines, skipped, queries. */
    public record Report(long counted, long sequenceEvents, long orderLines, long skipped, int slices) {
    }

    private static final List<String> FIELDS = List.of("_id", "type", "userId", "productId", "occurredAt", "source",
            "query", "resultCount", "rating");

    private final MongoDatabase db;
    private final int readMax;

    public RollupReader(MongoDatabase db) {
        this(db, EventScan.READ_MAX);
    }

    /** {@code readMax}: events per query at most (0: all in one). */
    RollupReader(MongoDatabase db, int readMax) {
        this.db = db;
        this.readMax = readMax;
    }

    /** Everything before {@code cutoff}. */
    public Report read(SalesCube cube, Instant cutoff) {
        return read(cube, EventCheckpoint.NONE.reading(cutoff.toEpochMilli()));
    }

    /**
     * What happened from {@code from} (inclusive) to {@code cutoff}, added to {@code cube}, which holds what an earlier
     * read counted before {@code from}.
     */
    public Report readSince(SalesCube cube, Instant from, Instant cutoff) {
        return read(cube, new EventCheckpoint(from.toEpochMilli() + EventCheckpoint.OVERLAP, java.util.Map.of(),
                Long.MIN_VALUE, 0).reading(cutoff.toEpochMilli()));
    }

    /**
     * The events and orders of {@code reading}'s window added to {@code cube}, which holds what the checkpoint it
     * starts from counted: every event is counted once (those of the overlap counted already are skipped by id, an
     * order by its number), and the reading learns what the next checkpoint keeps.
     */
    public Report read(SalesCube cube, EventCheckpoint.Reading reading) {
        long from = reading.since();
        long before = reading.cutoff();
        EventScan.Range wanted = EventScan.Range.ALL.since(from).before(before).ofTypes(Set.of(InteractionType.VIEW,
                InteractionType.PURCHASE, InteractionType.RATING, InteractionType.SEARCH, InteractionType.ADD_TO_CART));
        EventScan scan = from == Long.MIN_VALUE ? new EventScan(db.getCollection("events"), wanted, FIELDS, readMax)
                : EventScan.window(db.getCollection("events"), wanted, FIELDS);
        List<Interaction> sequence = new ArrayList<>();
        long[] tally = new long[2]; // counted, skipped
        scan.forEach(d -> {
            if (!reading.fresh(String.valueOf(d.get("_id")), EventScan.millis(d, "occurredAt"))) {
                return; // counted already: dated within the overlap of the checkpoint read from
            }
            InteractionType type = InteractionType.parse(d.getString("type")).orElse(null);
            boolean sequenced = type == InteractionType.SEARCH || type == InteractionType.ADD_TO_CART
                    || (type == InteractionType.VIEW && SalesCube.SEARCH_SOURCE.equals(d.getString("source")));
            if (sequenced) {
                interaction(d).ifPresentOrElse(sequence::add, () -> tally[1]++);
                return;
            }
            // views (not from a search), purchases and ratings: counted per product, UTC day, kind and stars
            String product = d.getString("productId");
            long at = EventScan.millis(d, "occurredAt");
            Number r = d.get("rating", Number.class);
            if (type == null || product == null || at == Long.MIN_VALUE
                    || !cube.count(product, Math.floorDiv(at, SalesCube.DAY_MS), type, r == null ? null : r.intValue(), 1)) {
                tally[1]++;
            }
            tally[0]++;
        });
        long counted = tally[0];
        long skipped = tally[1];
        // stable: events of one millisecond keep their stored order (they are always in the same slice)
        sequence.sort(Comparator.comparing(Interaction::occurredAt));

        List<Bson> conditions = new ArrayList<>(List.of(Filters.lt("placedAt", before), Filters.ne("status", "CANCELLED")));
        if (from != Long.MIN_VALUE) {
            conditions.add(Filters.gte("placedAt", from));
        }
        Bson lines = Filters.and(conditions);
        long orderLines = 0;
        try (MongoCursor<Document> orders = db.getCollection("orders").aggregate(List.of(
                     Aggregates.match(lines),
                     Aggregates.unwind("$lines"),
                     Aggregates.project(new Document("a", "$accountId").append("at", "$placedAt")
                             .append("p", "$lines.productId").append("s", "$lines.sellerId").append("q", "$lines.quantity")
                             .append("c", new Document("$multiply", List.of("$lines.unitPriceCents", "$lines.quantity")))),
                     Aggregates.sort(Sorts.ascending("at", "_id")))).allowDiskUse(true).iterator()) {
            Iterator<Interaction> events = sequence.iterator();
            Interaction event = events.hasNext() ? events.next() : null;
            Document line = orders.hasNext() ? orders.next() : null;
            List<SalesCube.Line> order = new ArrayList<>();
            while (event != null || line != null) {
                // at the same millisecond the cart comes first: an order follows the cart additions it buys
                if (event != null && (line == null || event.occurredAt().toEpochMilli() <= millis(line, "at"))) {
                    if (!cube.event(event)) {
                        skipped++;
                    }
                    event = events.hasNext() ? events.next() : null;
                } else {
                    // lines of one order are adjacent (sorted by time, then order number)
                    Document first = line;
                    order.clear();
                    while (line != null && line.get("_id").equals(first.get("_id"))) {
                        order.add(new SalesCube.Line(line.getString("p"), line.getString("s"),
                                line.get("c", Number.class).longValue(), line.get("q", Number.class).intValue()));
                        orderLines++;
                        line = orders.hasNext() ? orders.next() : null;
                    }
                    cube.order(first.get("_id").toString(), first.getString("a"), millis(first, "at"), order);
                }
            }
        }
        return new Report(counted, sequence.size(), orderLines, skipped, scan.slices());
    }

    private static long millis(Document d, String field) {
        Number n = d.get(field, Number.class);
        return n == null ? Long.MIN_VALUE : n.longValue();
    }

    /** Rebuilds the interaction from its stored fields; a malformed document is skipped, never fatal. */
    private static java.util.Optional<Interaction> interaction(Document d) {
        try {
            InteractionType type = InteractionType.parse(d.getString("type")).orElseThrow();
            Instant at = Instant.ofEpochMilli(millis(d, "occurredAt"));
            String user = d.getString("userId");
            Interaction e = type == InteractionType.SEARCH
                    ? Interaction.search(user, d.getString("query"), d.get("resultCount", Number.class) == null ? 1
                    : d.get("resultCount", Number.class).intValue(), at)
                    : Interaction.of(type, user, d.getString("productId"), at);
            String source = d.getString("source");
            return java.util.Optional.of(source == null ? e : e.withSource(source));
        } catch (RuntimeException malformed) {
            return java.util.Optional.empty();
        }
    }
}
