package io.vitrine.platform.cluster;

import java.time.Instant;
import java.util.List;

/**
 * The cluster's log of changes, in one order every node follows ({@link MongoChangeLog}). {@link #solo()} records
 * nothing: one node has nobody to tell.
 */
public interface ChangeLog {

    /** Records a change made on this node; it gets the next sequence number. */
    void append(String topic, String key, String value);

    /** The highest sequence number handed out (0 when none): one read of one document. */
    long last();

    /** The changes after {@code sequence}, in order, at most {@code limit}. */
    List<Change> after(long sequence, int limit);

    /** Forgets the changes older than {@code before}; returns how many. */
    long trim(Instant before);

    static ChangeLog solo() {
        return new ChangeLog() {
            @Override
            public void append(String topic, String key, String value) {
                // one node: nobody to tell
            }

            @Override
            public long last() {
                return 0;
            }

            @Override
            public List<Change> after(long sequence, int limit) {
                return List.of();
            }

            @Override
            public long trim(Instant before) {
                return 0;
            }
        };
    }
}
