package io.vitrine.platform.cluster;

import java.time.Duration;

/**
 * Cluster-wide leases: which node does a piece of work that must run once (train a model kind, fire a scheduled
 * retraining). {@link #solo()} grants everything: one node needs no lease.
 */
public interface Leases {

    /** Takes the lease {@code name} for {@code ttl}, or renews it when this node holds it: true when this node holds it now. */
    boolean acquire(String name, Duration ttl);

    /** Gives the lease back (only if this node holds it), so another node may take it at once. */
    void release(String name);

    /**
     * True for the first node that claims {@code name} within {@code period}, false for every other claim until the
     * period has passed: a timer that ticks on every node runs its work on one.
     */
    boolean claim(String name, Duration period);

    static Leases solo() {
        return new Leases() {
            @Override
            public boolean acquire(String name, Duration ttl) {
                return true;
            }

            @Override
            public void release(String name) {
                // nothing held
            }

            @Override
            public boolean claim(String name, Duration period) {
                return true;
            }
        };
    }
}
