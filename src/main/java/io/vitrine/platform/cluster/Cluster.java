package io.vitrine.platform.cluster;

import io.vitrine.platform.MongoConnection;
import io.vitrine.platform.startup.Repeating;
import io.vitrine.platform.startup.StartupStep;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * This node's view of the cluster: its {@link Leases} and {@link ChangeLog} (in MongoDB when
 * {@code vitrine.cluster.enabled}, else the solo ones that share nothing and cost nothing), and, first thing at
 * start-up, the {@link ChangeFollower} that polls the log every {@code vitrine.cluster.poll-ms} and hands other
 * nodes' changes to the {@link ChangeListener} beans. It also trims the log every few minutes.
 */
@ApplicationScoped
public class Cluster implements StartupStep {

    /** How long a missing sequence number is waited for (a writer between its two writes) before it is skipped. */
    static final Duration GAP_WAIT = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(Cluster.class.getName());

    @Inject
    Config config;
    @Inject
    MongoConnection mongo;
    @Inject
    @Any
    Instance<ChangeListener> listeners;
    @Resource
    ManagedScheduledExecutorService executor;

    private volatile ClusterSettings settings;
    private volatile Leases leases;
    private volatile ChangeLog changes;
    private Repeating polling = Repeating.NONE;
    private Repeating trimming = Repeating.NONE;

    public boolean enabled() {
        return settings().enabled();
    }

    public ClusterSettings settings() {
        if (settings == null) {
            settings = ClusterSettings.from(config);
        }
        return settings;
    }

    public Leases leases() {
        if (leases == null) {
            leases = enabled() ? new MongoLeases(mongo.database(), settings().node(), Clock.systemUTC()) : Leases.solo();
        }
        return leases;
    }

    public ChangeLog changes() {
        if (changes == null) {
            changes = enabled() ? new MongoChangeLog(mongo.database(), settings().node(), Clock.systemUTC()) : ChangeLog.solo();
        }
        return changes;
    }

    @Override
    public Phase phase() {
        return Phase.SCHEMA;
    }

    @Override
    public String name() {
        return "0-cluster";
    }

    /** Before the indexes are built from the database: every change after this point reaches them. */
    @Override
    public void onStartup() {
        if (!enabled()) {
            LOG.info("One node (vitrine.cluster.enabled=false): no change log, no leases");
            return;
        }
        Map<String, List<ChangeListener>> byTopic = listeners.stream()
                .collect(Collectors.groupingBy(ChangeListener::topic));
        ChangeFollower follower = new ChangeFollower(changes(), settings().node(), byTopic, Clock.systemUTC(), GAP_WAIT);
        follower.startAtEnd();
        polling = Repeating.every(executor, settings().poll(), settings().poll(),
                Repeating.logging(follower::poll, LOG, Level.WARNING, "reading the cluster's change log failed; retrying"));
        Duration trim = Duration.ofMinutes(5);
        trimming = Repeating.every(executor, trim, trim, Repeating.logging(
                () -> changes().trim(Instant.now().minus(settings().keepChanges())), LOG, Level.WARNING,
                "trimming the cluster's change log failed; it is tried again in five minutes"));
        LOG.info(() -> "Cluster node " + settings().node() + " follows the change log from " + follower.applied()
                + " every " + settings().poll().toMillis() + " ms (topics " + byTopic.keySet() + ")");
    }

    @PreDestroy
    void stop() {
        polling.stop();
        trimming.stop();
    }
}
