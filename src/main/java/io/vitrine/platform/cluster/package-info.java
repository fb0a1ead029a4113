/**
 * What the nodes of a cluster share through MongoDB, so that any number of Payara Micro nodes serve one shop:
 * {@link io.vitrine.platform.cluster.Leases} (one node trains a model kind, a scheduled run fires once per cluster)
 * and the {@link io.vitrine.platform.cluster.ChangeLog} every node follows ({@link
 * io.vitrine.platform.cluster.ChangeFollower}) to apply the changes made on the others. Off by default
 * ({@code vitrine.cluster.enabled}): a single node then writes and polls nothing.
 */
package io.vitrine.platform.cluster;
