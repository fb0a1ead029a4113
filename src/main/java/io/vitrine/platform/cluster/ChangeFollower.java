package io.vitrine.platform.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies the other nodes' changes on this node, in the log's order, from where it started: one {@link #poll()}
 * reads the log's last number (one document by id) and, only when it moved, the new changes. A number whose change is
 * not stored yet (its writer took the number a moment ago) is waited for up to {@code gapWait}, then given up (its
 * writer died between the two writes, or the change was trimmed before this node read it). This node's own changes
 * are skipped: they were applied where they were made.
 */
public final class ChangeFollower {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(ChangeFollower.class.getName());

    private final ChangeLog log;
    private final String node;
    private final Map<String, List<ChangeListener>> listeners;
    private final Clock clock;
    private final Duration gapWait;
    private long applied;
    private Instant gapSince;

    public ChangeFollower(ChangeLog log, String node, Map<String, List<ChangeListener>> listeners, Clock clock,
                          Duration gapWait) {
        this.log = log;
        this.node = node;
        this.listeners = Map.copyOf(listeners);
        this.clock = clock;
        this.gapWait = gapWait;
    }

    /** Follows from now on: what the log holds already is in the database this node starts from. */
    public synchronized void startAtEnd() {
        applied = log.last();
    }

    /** The last sequence number this node has applied or skipped. */
    public synchronized long applied() {
        return applied;
    }

    /** Applies every new change it can; returns how many other nodes' changes it applied. */
    public synchronized int poll() {
        long last = log.last();
        int count = 0;
        while (applied < last) {
            List<Change> batch = log.after(applied, BATCH);
            if (batch.isEmpty()) {
                // numbers taken whose changes are not stored (yet)
                if (!gapGivenUp(applied + 1, last)) {
                    return count;
                }
                continue;
            }
            for (Change change : batch) {
                if (change.sequence() != applied + 1 && !gapGivenUp(applied + 1, change.sequence() - 1)) {
                    return count;
                }
                gapSince = null;
                applied = change.sequence();
                if (!node.equals(change.node())) {
                    apply(change);
                    count++;
                }
            }
        }
        return count;
    }

    /** True once the numbers {@code from..to} have been missing for {@code gapWait}: they are skipped. */
    private boolean gapGivenUp(long from, long to) {
        Instant now = clock.instant();
        if (gapSince == null) {
            gapSince = now;
        }
        if (Duration.between(gapSince, now).compareTo(gapWait) < 0) {
            return false;
        }
        LOG.warning(() -> "changes " + from + ".." + to + " never appeared in the log: skipped");
        gapSince = null;
        applied = to;
        return true;
    }

    private void apply(Change change) {
        for (ChangeListener listener : listeners.getOrDefault(change.topic(), List.of())) {
            try {
                listener.apply(change);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "change " + change + " not applied by " + listener.getClass().getSimpleName(), e);
            }
        }
    }
}
