package io.vitrine.platform.cluster;

/**
 * A CDI bean that applies another node's changes of one topic on this node (a feature's index, a model kind's
 * serving). Called on the follower's thread, in the cluster-wide order; a failure is logged and the next change
 * still applies.
 */
public interface ChangeListener {

    String topic();

    void apply(Change change);
}
