package io.vitrine.search;

import com.mongodb.client.MongoDatabase;
import io.vitrine.events.EventScan;
import io.vitrine.events.InteractionType;
import io.vitrine.platform.startup.EventCheckpoint;
import io.vitrine.platform.startup.Snapshots;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link Popularity} counted from the stored events, read in slices by {@link EventScan}: a {@code $group}
 * aggregation made the embedded server copy every stored event into memory first (2.7 million at ten times the demo
 * store, more than the heap). It reads the events feature's collection directly because the events feature offers no
 * such count yet; this is the one place to change when it does.
 *
 * <p>A start counts on from what the previous start counted ({@link #current}): the counts are saved in the database
 * with their {@link EventCheckpoint} ({@code platform/startup/Snapshots}), and a warm start reads only the events
 * since (a pass over every event was 113 s of a warm start at ten times the demo store). Every
 * {@link #FULL_COUNT_AGE} (or when the saved counts do not read: another {@link #FORMAT}) it counts everything again.
 */
final class PopularityQuery {

    static final String NAME = "search-popularity";
    /** 1: weighted views, cart additions and purchases per product. */
    static final int FORMAT = 1;
    /** Counting everything again this often bounds what a back-fill stored after the counts' overlap leaves out. */
    static final Duration FULL_COUNT_AGE = Duration.ofDays(7);
    private static final int MAX_PRODUCTS = 100_000_000;
    private static final Logger LOG = Logger.getLogger(PopularityQuery.class.getName());

    /** Counted popularity with how far it has read, as saved between starts. */
    record Saved(Popularity popularity, EventCheckpoint checkpoint) {

        void write(DataOutput out) throws IOException {
            checkpoint.write(out);
            Map<String, Double> weights = new TreeMap<>(popularity.weights());
            out.writeInt(weights.size());
            for (Map.Entry<String, Double> e : weights.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeDouble(e.getValue());
            }
        }

        static Saved read(DataInput in) throws IOException {
            EventCheckpoint checkpoint = EventCheckpoint.read(in);
            int n = in.readInt();
            if (n < 0 || n > MAX_PRODUCTS) {
                throw new IOException("not saved popularity: " + n + " products");
            }
            Popularity p = Popularity.none();
            for (int i = 0; i < n; i++) {
                p.addWeight(in.readUTF(), in.readDouble());
            }
            return new Saved(p, checkpoint);
        }
    }

    private PopularityQuery() {
    }

    /**
     * The popularity of every event stored now: the saved counts and the events since, or every event when nothing
     * usable is saved; then saved again (a failed save is logged: the next start reads more).
     */
    static Popularity current(MongoDatabase db, Snapshots snapshots) {
        long t0 = System.nanoTime();
        Instant now = Instant.now();
        long cutoff = now.toEpochMilli() + 1;
        long stored = db.getCollection("events").estimatedDocumentCount();
        Optional<Saved> saved = snapshots.load(NAME, FORMAT, Saved::read)
                .filter(s -> !s.checkpoint().unfit(stored, EventScan.READ_MAX)
                        && !s.checkpoint().olderThan(FULL_COUNT_AGE, now));
        Popularity p = saved.map(Saved::popularity).orElseGet(Popularity::none);
        EventCheckpoint.Reading reading = saved.map(Saved::checkpoint).orElse(EventCheckpoint.NONE).reading(cutoff);
        long counted = read(db, p, reading);
        LOG.info(() -> String.format("Search popularity counted (%s) in %.1f s: %d events read, %d products",
                reading.full() ? "all events" : "saved counts, then since " + Instant.ofEpochMilli(reading.since()),
                (System.nanoTime() - t0) / 1e9, counted, p.size()));
        try {
            Saved next = new Saved(p, reading.done(now.toEpochMilli(), stored));
            snapshots.save(NAME, FORMAT, next::write);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "search popularity was not saved; the next start counts more events", e);
        }
        return p;
    }

    /** Adds the events of {@code reading}'s window to {@code p}, each once; returns how many were added. */
    static long read(MongoDatabase db, Popularity p, EventCheckpoint.Reading reading) {
        EventScan.Range range = EventScan.Range.ALL.ofTypes(Popularity.COUNTED).before(reading.cutoff());
        List<String> fields = List.of("_id", "type", "productId", "occurredAt");
        EventScan scan = reading.full() ? new EventScan(db.getCollection("events"), range, fields, EventScan.READ_MAX)
                : EventScan.window(db.getCollection("events"), range.since(reading.since()), fields);
        long[] added = new long[1];
        scan.forEach(d -> {
            if (reading.fresh(String.valueOf(d.get("_id")), EventScan.millis(d, "occurredAt"))) {
                p.add(InteractionType.parse(d.getString("type")).orElse(null), d.getString("productId"), 1);
                added[0]++;
            }
        });
        return added[0];
    }
}
