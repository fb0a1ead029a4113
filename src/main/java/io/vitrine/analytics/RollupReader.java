package io.vitrine.analytics;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import io.vitrine.events.Interaction;
import io.vitrine.events.InteractionType;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a {@link SalesCube} from the database with three aggregation pipelines that run on the embedded
 * mongo-java-server and on a real MongoDB alike (only {@code $match}, {@code $group}, {@code $project},
 * {@code $unwind}, {@code $sort} and the {@code $floor}/{@code $divide}/{@code $multiply} operators):
 * <ol>
 *   <li>views, purchases and ratings counted per product, UTC day, kind and stars ({@code $group});</li>
 *   <li>the few events whose meaning depends on what the same shopper did before (searches, views from a search
 *   result, cart additions), in time order;</li>
 *   <li>order lines with their amount ({@code $unwind} + {@code $multiply}), cancelled orders left out, in time
 *   order.</li>
 * </ol>
 * The last two are merged by time so that an order line is credited to the source of the shopper's last cart
 * addition <em>before</em> it. Only what happened before {@code cutoff} is read; the service replays what arrived
 * since.
 */
public final class RollupReader {

    /** What a read counted, for the log. */
    public record Report(long groups, long sequenceEvents, long orderLines, long skipped) {
    }

    private final MongoDatabase db;

    public RollupReader(MongoDatabase db) {
        this.db = db;
    }

    public Report read(SalesCube cube, Instant cutoff) {
        long before = cutoff.toEpochMilli();
        long groups = 0;
        long skipped = 0;
        Bson counted = Filters.and(Filters.lt("occurredAt", before), Filters.or(
                Filters.and(Filters.eq("type", InteractionType.VIEW.name()), Filters.ne("source", SalesCube.SEARCH_SOURCE)),
                Filters.in("type", InteractionType.PURCHASE.name(), InteractionType.RATING.name())));
        Document day = new Document("$floor", new Document("$divide", List.of("$occurredAt", SalesCube.DAY_MS)));
        for (Document row : db.getCollection("events").aggregate(List.of(
                Aggregates.match(counted),
                Aggregates.group(new Document("p", "$productId").append("d", day).append("t", "$type").append("r", "$rating"),
                        Accumulators.sum("n", 1)))).allowDiskUse(true)) {
            Document key = row.get("_id", Document.class);
            InteractionType type = InteractionType.parse(key.getString("t")).orElse(null);
            Object product = key.get("p");
            Number d = key.get("d", Number.class);
            Number r = key.get("r", Number.class);
            Number n = row.get("n", Number.class);
            if (type == null || product == null || d == null || n == null
                    || !cube.count(product.toString(), d.longValue(), type, r == null ? null : r.intValue(), n.longValue())) {
                skipped++;
            }
            groups++;
        }

        Bson sequenced = Filters.and(Filters.lt("occurredAt", before), Filters.or(
                Filters.in("type", InteractionType.SEARCH.name(), InteractionType.ADD_TO_CART.name()),
                Filters.and(Filters.eq("type", InteractionType.VIEW.name()), Filters.eq("source", SalesCube.SEARCH_SOURCE))));
        Bson lines = Filters.and(Filters.lt("placedAt", before), Filters.ne("status", "CANCELLED"));
        long sequenceEvents = 0;
        long orderLines = 0;
        try (MongoCursor<Document> events = db.getCollection("events").aggregate(List.of(
                     Aggregates.match(sequenced),
                     Aggregates.project(Projections.fields(Projections.include("type", "userId", "productId", "occurredAt",
                             "source", "query", "resultCount"))),
                     Aggregates.sort(Sorts.ascending("occurredAt")))).allowDiskUse(true).iterator();
             MongoCursor<Document> orders = db.getCollection("orders").aggregate(List.of(
                     Aggregates.match(lines),
                     Aggregates.unwind("$lines"),
                     Aggregates.project(new Document("a", "$accountId").append("at", "$placedAt")
                             .append("p", "$lines.productId").append("s", "$lines.sellerId").append("q", "$lines.quantity")
                             .append("c", new Document("$multiply", List.of("$lines.unitPriceCents", "$lines.quantity")))),
                     Aggregates.sort(Sorts.ascending("at", "_id")))).allowDiskUse(true).iterator()) {
            Document event = events.hasNext() ? events.next() : null;
            Document line = orders.hasNext() ? orders.next() : null;
            List<SalesCube.Line> order = new ArrayList<>();
            while (event != null || line != null) {
                // at the same millisecond the cart comes first: an order follows the cart additions it buys
                if (event != null && (line == null || millis(event, "occurredAt") <= millis(line, "at"))) {
                    if (!interaction(event).map(cube::event).orElse(false)) {
                        skipped++;
                    }
                    sequenceEvents++;
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
        return new Report(groups, sequenceEvents, orderLines, skipped);
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
