package io.vitrine.events;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Reads many events without the database holding them all: the way every start-up reader of the events collection
 * (training, search popularity, the analytics roll-up) reads it. The embedded server (mongo-java-server 1.47) builds
 * a query's whole answer in memory before the first batch leaves, as full documents (about 1.4 KB of heap each), and
 * an {@code aggregate} first copies <em>every</em> document of the collection into a list whatever its
 * {@code $match}: at ten times the demo store (2.7 million events) two start-up aggregations ran the 2 GB heap out.
 * Here each query asks for at most about {@code maxPerRead} events, slicing by {@code occurredAt} modulo the number
 * of slices (events of the same millisecond fall in the same slice), with a projection, in replies of
 * {@link #BATCH}; and one slice is read at a time in the whole shop, so start-up readers running side by side do not
 * add their slices up. Events arrive in stored order within a slice, slice after slice: a reader that needs time
 * order sorts what it kept. Plain Java on the driver.
 */
public final class EventScan {

    /**
     * Events per reply. Without it the embedded server sends a whole answer in its first reply, and the driver
     * refuses a reply above 48 MB (500,000 projected events were 57 MB).
     */
    public static final int BATCH = 10_000;
    /** Events per query when the reader has no setting of its own: about 350 MB of the server's heap. */
    public static final int READ_MAX = 250_000;
    /** One slice in flight in the whole shop: the server's heap holds one slice's answer, not one per reader. */
    private static final Semaphore ONE_SLICE = new Semaphore(1, true);

    private final MongoCollection<Document> events;
    private final Bson filter;
    private final Bson projection;
    private final int maxPerRead;

    /**
     * @param filter     which events (an empty {@code Document}: all)
     * @param fields     the fields read ({@code _id} left out)
     * @param maxPerRead events per query at most (about; 0 reads in one query)
     */
    public EventScan(MongoCollection<Document> events, Bson filter, List<String> fields, int maxPerRead) {
        if (maxPerRead < 0) {
            throw new IllegalArgumentException("maxPerRead >= 0 required: " + maxPerRead);
        }
        this.events = events;
        this.filter = filter;
        this.projection = Projections.fields(Projections.include(fields), Projections.excludeId());
        this.maxPerRead = maxPerRead;
    }

    /** How many queries a scan takes: one per {@code maxPerRead} stored events (every query reads the collection). */
    public int slices() {
        return slices(events.estimatedDocumentCount(), maxPerRead);
    }

    static int slices(long stored, int maxPerRead) {
        return maxPerRead == 0 || stored <= maxPerRead ? 1 : (int) Math.min(10_000, (stored + maxPerRead - 1) / maxPerRead);
    }

    /** Every matching event, slice after slice. */
    public void forEach(Consumer<Document> sink) {
        int slices = slices();
        for (int slice = 0; slice < slices; slice++) {
            Bson query = sliced(filter, slices, slice);
            ONE_SLICE.acquireUninterruptibly();
            try {
                for (Document d : events.find(query).projection(projection).batchSize(BATCH)) {
                    sink.accept(d);
                }
            } finally {
                ONE_SLICE.release();
            }
        }
    }

    /** {@code filter} and the slice's condition. */
    static Bson sliced(Bson filter, int slices, int slice) {
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
