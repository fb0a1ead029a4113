package io.vitrine.events;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.vitrine.platform.EmbeddedMongo;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads many events without the database holding them all: the way every start-up reader of the events collection
 * (training, search popularity, the analytics roll-up) reads it. The embedded server (mongo-java-server 1.47) builds
 * a query's whole answer in memory before the first batch leaves, as full documents (about 1.4 KB of heap each), and
 * an {@code aggregate} first copies <em>every</em> document of the collection into a list whatever its
 * {@code $match}: at ten times the demo store (2.7 million events) two start-up aggregations ran the 2 GB heap out.
 * <ul>
 *   <li>On the embedded server of this JVM the events are read straight from its store, one page at a time
 *   ({@link EmbeddedMongo#documents}): one pass, nothing held, no lock taken against writers.</li>
 *   <li>Otherwise (a real MongoDB, or a test's own server) by queries of at most about {@code maxPerRead} events,
 *   slicing by {@code occurredAt} modulo the number of slices (events of the same millisecond fall in the same
 *   slice), with a projection, in replies of {@link #BATCH}, one slice at a time in the whole shop.</li>
 * </ul>
 * Events arrive in stored order (within a slice, slice after slice): a reader that needs time order sorts what it
 * kept. A reader of a short recent window ({@link #window}: the analytics roll-up since its last run) reads it with
 * one query instead, which the {@code occurredAt} index serves on both servers. Plain Java on the driver.
 */
public final class EventScan {

    /**
     * Events per reply. Without it the embedded server sends a whole answer in its first reply, and the driver
     * refuses a reply above 48 MB (500,000 projected events were 57 MB).
     */
    public static final int BATCH = 10_000;
    /** Events per query when the reader has no setting of its own: about 350 MB of the embedded server's heap. */
    public static final int READ_MAX = 250_000;
    /** One slice in flight in the whole shop: the server's heap holds one slice's answer, not one per reader. */
    private static final Semaphore ONE_SLICE = new Semaphore(1, true);

    /** Which events: of these types (empty: all), {@code from <= occurredAt < before}. */
    public record Range(Set<InteractionType> types, long from, long before) {

        public static final Range ALL = new Range(Set.of(), Long.MIN_VALUE, Long.MAX_VALUE);

        public Range {
            types = Set.copyOf(types);
        }

        public Range ofTypes(Set<InteractionType> only) {
            return new Range(only, from, before);
        }

        public Range since(long millis) {
            return new Range(types, millis, before);
        }

        public Range before(long millis) {
            return new Range(types, from, millis);
        }

        /** The same condition for the database. */
        Bson filter() {
            List<Bson> parts = new ArrayList<>();
            if (!types.isEmpty()) {
                parts.add(Filters.in("type", types.stream().map(InteractionType::name).sorted().toList()));
            }
            if (from != Long.MIN_VALUE) {
                parts.add(Filters.gte("occurredAt", from));
            }
            if (before != Long.MAX_VALUE) {
                parts.add(Filters.lt("occurredAt", before));
            }
            return parts.isEmpty() ? new Document() : parts.size() == 1 ? parts.get(0) : Filters.and(parts);
        }

        /** The same condition on a stored document (the embedded store's own); {@code names}: {@link #typeNames()}. */
        boolean test(Map<String, Object> d, Set<String> names) {
            if (!types.isEmpty() && !(d.get("type") instanceof String t && names.contains(t))) {
                return false;
            }
            if (from == Long.MIN_VALUE && before == Long.MAX_VALUE) {
                return true;
            }
            return d.get("occurredAt") instanceof Number at && at.longValue() >= from && at.longValue() < before;
        }

        Set<String> typeNames() {
            return types.stream().map(InteractionType::name).collect(Collectors.toUnmodifiableSet());
        }
    }

    private final MongoCollection<Document> events;
    private final Range range;
    private final List<String> fields;
    private final int maxPerRead;
    private final boolean window;

    /**
     * @param fields     the fields read ({@code _id} only when named: a reader that resumes needs it)
     * @param maxPerRead events per query at most (about; 0 reads in one query); not used on the embedded store
     */
    public EventScan(MongoCollection<Document> events, Range range, List<String> fields, int maxPerRead) {
        this(events, range, fields, maxPerRead, false);
    }

    private EventScan(MongoCollection<Document> events, Range range, List<String> fields, int maxPerRead, boolean window) {
        if (maxPerRead < 0) {
            throw new IllegalArgumentException("maxPerRead >= 0 required: " + maxPerRead);
        }
        this.events = events;
        this.range = range;
        this.fields = List.copyOf(fields);
        this.maxPerRead = maxPerRead;
        this.window = window;
    }

    /**
     * The events of a window known to be short (its {@code from} set: what arrived since a recent time), in one query
     * by {@code occurredAt}, which its index serves (on the embedded server too, {@code platform/FieldIndex}): no pass
     * over every stored event. The answer is held whole by the embedded server, so not for long windows.
     */
    public static EventScan window(MongoCollection<Document> events, Range range, List<String> fields) {
        if (range.from() == Long.MIN_VALUE) {
            throw new IllegalArgumentException("a window starts somewhere: from is required");
        }
        return new EventScan(events, range, fields, 0, true);
    }

    /** How many queries a scan through the database takes: one per {@code maxPerRead} stored events. */
    public int slices() {
        return window ? 1 : slices(events.estimatedDocumentCount(), maxPerRead);
    }

    /** How many slices {@code stored} events take at most {@code maxPerRead} a query (the Spark job reads the same way). */
    public static int slices(long stored, int maxPerRead) {
        return maxPerRead == 0 || stored <= maxPerRead ? 1 : (int) Math.min(10_000, (stored + maxPerRead - 1) / maxPerRead);
    }

    /** Every matching event, with only {@code fields}. */
    public void forEach(Consumer<Document> sink) {
        if (window) {
            read(range.filter(), sink);
            return;
        }
        var local = EmbeddedMongo.documents(events.getNamespace().getDatabaseName(), events.getNamespace().getCollectionName());
        if (local.isPresent()) {
            Set<String> names = range.typeNames();
            try (Stream<Map<String, Object>> all = local.get()) {
                all.filter(d -> range.test(d, names)).forEach(d -> sink.accept(projected(d)));
            }
            return;
        }
        int slices = slices();
        for (int slice = 0; slice < slices; slice++) {
            read(sliced(range.filter(), slices, slice), sink);
        }
    }

    /** One query, its answer in replies of {@link #BATCH}, one query in flight in the whole shop. */
    private void read(Bson query, Consumer<Document> sink) {
        Bson projection = fields.contains("_id") ? Projections.include(fields)
                : Projections.fields(Projections.include(fields), Projections.excludeId());
        ONE_SLICE.acquireUninterruptibly();
        try {
            for (Document d : events.find(query).projection(projection).batchSize(BATCH)) {
                sink.accept(d);
            }
        } finally {
            ONE_SLICE.release();
        }
    }

    /** Only the fields read, as the driver would have answered them. */
    Document projected(Map<String, Object> stored) {
        Document d = new Document();
        for (String f : fields) {
            Object v = stored.get(f);
            if (v != null) {
                d.put(f, v);
            }
        }
        return d;
    }

    /** {@code filter} and the slice's condition (the Spark job's partitions read one slice each). */
    public static Bson sliced(Bson filter, int slices, int slice) {
        if (slices <= 1) {
            return filter;
        }
        // the embedded server takes $mod of the value cut to an int, which is negative for about half of today's
        // epoch milliseconds: slice r also takes the negative remainder r - slices, so every event is in one slice
        Bson part = slice == 0 ? Filters.mod("occurredAt", slices, 0)
                : Filters.or(Filters.mod("occurredAt", slices, slice), Filters.mod("occurredAt", slices, slice - slices));
        return filter instanceof Document all && all.isEmpty() ? part : Filters.and(filter, part);
    }

    /** A whole number read from a document ({@code Long.MIN_VALUE} when missing). */
    public static long millis(Document d, String field) {
        Object v = d.get(field);
        return v instanceof Number n ? n.longValue() : Long.MIN_VALUE;
    }
}
