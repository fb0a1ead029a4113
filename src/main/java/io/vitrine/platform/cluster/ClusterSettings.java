package io.vitrine.platform.cluster;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.SettingsReader;
import org.eclipse.microprofile.config.Config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The cluster's configuration, read once by {@link Cluster} (keys and defaults in README): {@code vitrine.cluster.enabled} (false: one
 * node, nothing shared beyond the database), {@code .node} (this node's name in leases and changes; default the host
 * name and a random suffix), {@code .poll-ms} (how often the node looks for other nodes' changes),
 * {@code .lease-seconds} (how long a training lease lasts without renewal; a dead trainer's lease is taken over after
 * it) and {@code .changes-keep-minutes} (how long a change stays in the log for nodes that fell behind).
 */
public record ClusterSettings(boolean enabled, String node, Duration poll, Duration lease, Duration keepChanges) {

    public ClusterSettings {
        if (node == null || node.isBlank() || poll.isNegative() || poll.isZero() || lease.isNegative() || lease.isZero()
                || keepChanges.isNegative() || keepChanges.isZero()) {
            throw new InvalidInputException("vitrine.cluster.node must not be blank; .poll-ms, .lease-seconds and "
                    + ".changes-keep-minutes must be positive");
        }
    }

    /** One node alone: the defaults, with the cluster off. */
    public static ClusterSettings solo() {
        return new ClusterSettings(false, "solo", Duration.ofSeconds(1), Duration.ofMinutes(10), Duration.ofHours(1));
    }

    static String defaultNode() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        byte[] suffix = new byte[3];
        new SecureRandom().nextBytes(suffix);
        return host + "-" + HexFormat.of().formatHex(suffix);
    }

    /** The settings in {@code config}, each key absent taking its default. */
    public static ClusterSettings from(Config config) {
        ClusterSettings d = solo();
        SettingsReader c = new SettingsReader(config, "vitrine.cluster.");
        boolean enabled = c.get("enabled", d.enabled());
        // the host name is looked up only for a cluster (a slow resolver must not delay a single node's start)
        String node = config.getOptionalValue("vitrine.cluster.node", String.class)
                .orElseGet(() -> enabled ? defaultNode() : d.node());
        return new ClusterSettings(enabled, node,
                Duration.ofMillis(c.get("poll-ms", d.poll().toMillis())),
                Duration.ofSeconds(c.get("lease-seconds", d.lease().toSeconds())),
                Duration.ofMinutes(c.get("changes-keep-minutes", d.keepChanges().toMinutes())));
    }
}
