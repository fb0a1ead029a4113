package io.vitrine.platform.startup;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far a reader of the stored events (the dashboards' roll-up, search popularity) has counted, saved with what it
 * counted so that the next start reads only the events since instead of every stored event again.
 *
 * <p>The events carry no storage order: their ids are random or idempotency hashes, and {@code occurredAt} (indexed)
 * is when the shopper acted, not when the event was stored (a page's event waits in the write batcher, a partner may
 * send one a little late). So a checkpoint is a cutoff plus an overlap: a read goes on from {@link #resumeFrom}, an
 * {@link #OVERLAP} before the last cutoff, and skips the events it counted already, whose ids (those dated within the
 * overlap, a few minutes of events) the checkpoint keeps. An event stored up to an {@link #OVERLAP} after its time is
 * counted once, never twice; one dated earlier still (a back-fill) is counted by the reader's live path if it hears of
 * it, and by the next full read otherwise ({@link #olderThan}). Plain data, no Java serialisation.
 */
public record EventCheckpoint(long cutoff, Map<String, Long> recent, long fullReadAt, long storedEvents) {

    /** Longer than any event waits between its time and its storage (the write batcher: milliseconds to seconds). */
    public static final long OVERLAP = Duration.ofMinutes(10).toMillis();
    /** Nothing counted yet: a read from it is a full read. */
    public static final EventCheckpoint NONE = new EventCheckpoint(Long.MIN_VALUE, Map.of(), Long.MIN_VALUE, 0);
    private static final int MAX_RECENT = 50_000_000;

    /**
     * @param cutoff       every event dated before it was counted (but see the overlap)
     * @param recent       the events counted that are dated from {@code cutoff - OVERLAP} on: id, time
     * @param fullReadAt   when the last read of every event started (epoch ms)
     * @param storedEvents how many events were stored when the read up to {@code cutoff} started: fewer now means
     *                     they were replaced, many more that a read of the window since would be long
     */
    public EventCheckpoint {
        recent = Map.copyOf(recent);
    }

    /** Where the next read starts: an overlap before the cutoff ({@code Long.MIN_VALUE}: from the first event). */
    public long resumeFrom() {
        return cutoff == Long.MIN_VALUE ? Long.MIN_VALUE : cutoff - OVERLAP;
    }

    public boolean full() {
        return cutoff == Long.MIN_VALUE;
    }

    /**
     * Not to go on from: fewer events are stored than when its read started, so the events were replaced (a restored
     * or re-imported collection) and what it counted is not theirs; or more than {@code maxWindow} were stored since,
     * too many for one query of the window (the embedded server holds a query's whole answer): a full read, which
     * reads in slices, is the safer way then.
     */
    public boolean unfit(long storedNow, long maxWindow) {
        return storedNow < storedEvents || storedNow - storedEvents > maxWindow;
    }

    /** Its last full read started more than {@code maxAge} ago: time to read everything again (missed back-fills). */
    public boolean olderThan(Duration maxAge, Instant now) {
        return full() || fullReadAt == Long.MIN_VALUE || now.toEpochMilli() - fullReadAt > maxAge.toMillis();
    }

    /** A read from here up to {@code newCutoff}: a full read from {@link #NONE}. */
    public Reading reading(long newCutoff) {
        return new Reading(this, newCutoff);
    }

    /**
     * One read of the events, told each stored event it meets ({@link #fresh}): skips those counted already, and
     * remembers what the next checkpoint and the caller's live path need. Fed by one thread; {@link #watch} from any.
     */
    public static final class Reading {

        private final EventCheckpoint from;
        private final long cutoff;
        private final long keepFrom;
        private final Map<String, Long> seen = new HashMap<>();
        private final Set<String> watched = ConcurrentHashMap.newKeySet();

        private Reading(EventCheckpoint from, long cutoff) {
            if (!from.full() && cutoff < from.cutoff) {
                throw new IllegalArgumentException("a read goes forward: " + cutoff + " < " + from.cutoff);
            }
            this.from = from;
            this.cutoff = cutoff;
            // a read from a checkpoint reads a short window: every id of it is kept, so the caller can tell what it
            // met; a full read keeps those of the new overlap (and of the watched events) only
            this.keepFrom = from.full() ? cutoff - OVERLAP : from.resumeFrom();
        }

        /** The events to read are dated from this ({@code Long.MIN_VALUE}: all) ... */
        public long since() {
            return from.resumeFrom();
        }

        /** ... to before this. */
        public long cutoff() {
            return cutoff;
        }

        public boolean full() {
            return from.full();
        }

        /** True when the event (stored id, {@code occurredAt}) is to be counted; false when counted already. */
        public boolean fresh(String id, long at) {
            if (from.recent.containsKey(id)) {
                seen.put(id, at);
                return false;
            }
            if (at >= keepFrom || watched.contains(id)) {
                seen.put(id, at);
            }
            return true;
        }

        /**
         * Asks the read to note whether it meets this event: one the live path heard of while the read ran, which the
         * read may or may not have met (it was stored about when the read passed), see {@link #met}.
         */
        public void watch(String id) {
            watched.add(id);
        }

        /** Whether the read met this event (one dated in its window, or one {@link #watch watched} before it met it). */
        public boolean met(String id) {
            return seen.containsKey(id);
        }

        /** The checkpoint after this read: its cutoff, the ids of its overlap. */
        public EventCheckpoint done(long startedAt, long storedAtStart) {
            Map<String, Long> recent = new HashMap<>();
            long keep = cutoff - OVERLAP;
            from.recent.forEach((id, at) -> {
                if (at >= keep) {
                    recent.put(id, at);
                }
            });
            seen.forEach((id, at) -> {
                if (at >= keep && at < cutoff) {
                    recent.put(id, at);
                }
            });
            return new EventCheckpoint(cutoff, recent, full() ? startedAt : from.fullReadAt, storedAtStart);
        }
    }

    // ---- saved form (inside a feature's snapshot)

    public void write(DataOutput out) throws IOException {
        out.writeLong(cutoff);
        out.writeLong(fullReadAt);
        out.writeLong(storedEvents);
        out.writeInt(recent.size());
        for (Map.Entry<String, Long> e : new TreeMap<>(recent).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getValue());
        }
    }

    public static EventCheckpoint read(DataInput in) throws IOException {
        long cutoff = in.readLong();
        long fullReadAt = in.readLong();
        long stored = in.readLong();
        int n = in.readInt();
        if (n < 0 || n > MAX_RECENT) {
            throw new IOException("not a checkpoint: " + n + " recent events");
        }
        Map<String, Long> recent = new HashMap<>(n * 4 / 3 + 1);
        for (int i = 0; i < n; i++) {
            recent.put(in.readUTF(), in.readLong());
        }
        return new EventCheckpoint(cutoff, recent, fullReadAt, stored);
    }
}
