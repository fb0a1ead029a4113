package io.vitrine.platform.models;

import io.vitrine.platform.MongoConnection;
import io.vitrine.platform.cluster.Cluster;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every model kind's {@link ModelLifecycle}, one per {@link ModelEngine} bean, created on first use with the
 * registry, the data folder, the managed executor and, in a cluster, what the nodes share ({@link ModelSharing}: the
 * files in GridFS, the training lease, the change log). Features get theirs with {@link #of}; the admin REST
 * surface, the timer and the analytics model page look kinds up by name.
 */
@ApplicationScoped
public class Models {

    @Inject
    ModelRegistry registry;
    @Inject
    DataDir dataDir;
    @Inject
    Instance<ModelEngine<?>> engines;
    @Resource
    ManagedExecutorService executor;
    @Inject
    Cluster cluster;
    @Inject
    MongoConnection mongo;

    private volatile ModelSharing sharing;

    private final Map<String, ModelLifecycle<?>> lifecycles = new ConcurrentHashMap<>();

    /** The lifecycle of this engine's kind. */
    @SuppressWarnings("unchecked")
    public <M> ModelLifecycle<M> of(ModelEngine<M> engine) {
        return (ModelLifecycle<M>) lifecycles.computeIfAbsent(engine.kind(),
                kind -> new ModelLifecycle<>(engine, registry, dataDir.models(), executor, Clock.systemUTC(), sharing()));
    }

    /** The lifecycle of a kind by name, if an engine trains it. */
    public Optional<ModelLifecycle<?>> lifecycle(String kind) {
        return all().stream().filter(l -> l.kind().equals(kind)).findFirst();
    }

    /** Every trainable kind. */
    public List<ModelLifecycle<?>> all() {
        List<ModelLifecycle<?>> out = new ArrayList<>();
        for (ModelEngine<?> engine : engines) {
            out.add(of(engine));
        }
        return out;
    }

    private ModelSharing sharing() {
        if (sharing == null) {
            sharing = cluster.enabled() ? new ModelSharing(new GridFsModelBlobs(mongo.database()), cluster.leases(),
                    cluster.settings().lease(), cluster.changes()) : ModelSharing.SOLO;
        }
        return sharing;
    }

    public ModelRegistry registry() {
        return registry;
    }
}
