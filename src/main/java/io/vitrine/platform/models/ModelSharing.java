package io.vitrine.platform.models;

import io.vitrine.platform.cluster.ChangeLog;
import io.vitrine.platform.cluster.Leases;

import java.time.Duration;
import java.util.Objects;

/**
 * What the model lifecycles of one node share with the other nodes of a cluster: the saved files ({@code blobs}),
 * the lease that lets one node train a kind at a time ({@code leases}, held for {@code lease} and renewed while the
 * training reports progress), and the change log on which a version that goes live is announced (topic
 * {@value #TOPIC}, key the kind, value the version). {@link #SOLO}: one node, nothing shared.
 */
public record ModelSharing(ModelBlobs blobs, Leases leases, Duration lease, ChangeLog changes) {

    /** The change-log topic of a version that went live. */
    public static final String TOPIC = "model";
    public static final ModelSharing SOLO = new ModelSharing(ModelBlobs.NONE, Leases.solo(), Duration.ofMinutes(5),
            ChangeLog.solo());

    public ModelSharing {
        Objects.requireNonNull(blobs, "blobs");
        Objects.requireNonNull(leases, "leases");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(changes, "changes");
    }
}
