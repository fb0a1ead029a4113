package io.vitrine.platform.cluster;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the {@link ChangeLog}: its place in the cluster-wide order, what changed ({@code topic} and
 * {@code key}, e.g. {@code product} / the product id), a short {@code value} (e.g. {@code UPDATED}), the node that
 * made it and when.
 */
public record Change(long sequence, String topic, String key, String value, String node, Instant at) {

    public Change {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        value = value == null ? "" : value;
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(at, "at");
    }
}
