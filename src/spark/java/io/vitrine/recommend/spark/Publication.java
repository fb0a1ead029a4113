package io.vitrine.recommend.spark;

import com.mongodb.client.MongoDatabase;
import io.vitrine.platform.cluster.MongoChangeLog;
import io.vitrine.platform.cluster.MongoLeases;
import io.vitrine.platform.models.GridFsModelBlobs;
import io.vitrine.platform.models.ModelLifecycle;
import io.vitrine.platform.models.ModelRegistry;
import io.vitrine.platform.models.ModelSharing;
import io.vitrine.platform.models.ModelVersion;
import io.vitrine.platform.models.RetrainJob;
import io.vitrine.recommend.RecommendSettings;
import io.vitrine.recommend.ShopModel;
import io.vitrine.recommend.ShopModels;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The operator's path ({@code spark-submit ... SparkShopJob --publish DIR}): the candidate the job trained goes live
 * the way a node puts one live, through the shop's own engine ({@code ShopModels}: the holdout gate against the live
 * version's recorded score, the stamp, the file format) on the shared {@link ModelLifecycle}, with what the nodes of
 * a cluster share: the registry ({@code model_versions}), the model files (GridFS bucket {@code models}), the lease
 * {@code model:shop-blend} and the change log, on which every node hears of the new version and swaps to it within
 * its next poll. The lease is taken only once the training is done, to gate, save and record (a node that trains
 * then makes this end REJECTED, and the operator runs it again); a Spark job of an hour never holds back a node's own
 * retraining. {@code DIR} receives the saved file too: a node without cluster sharing reads only its own
 * {@code vitrine.data.dir}, so give that folder when the job runs on its machine; it serves the version at its next
 * start.
 */
public final class Publication {

    /** As a node's {@code vitrine.cluster.lease-seconds}: the lease outlives a publication that died holding it. */
    static final Duration LEASE = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(Publication.class.getName());

    private Publication() {
    }

    /**
     * Gates {@code candidate} against the live version and, when it passes, saves it (in {@code dataDir/models} and
     * GridFS), records it LIVE and announces it; a refused one is recorded REJECTED. FAILED, with nothing recorded,
     * when the live version's file cannot be read: the gate would have nothing to compare with.
     */
    public static RetrainJob publish(SparkCandidate candidate, MongoDatabase database, Path dataDir, RecommendSettings settings,
                              Clock clock) {
        String node = "spark-job@" + host();
        ModelSharing sharing = new ModelSharing(new GridFsModelBlobs(database), new MongoLeases(database, node, clock),
                LEASE, new MongoChangeLog(database, node, clock));
        ModelRegistry registry = new DriverModelRegistry(database);
        ShopModels engine = ShopModels.outside(SparkTraining.trained(candidate), settings, clock);
        ModelLifecycle<ShopModel> lifecycle = new ModelLifecycle<>(engine, registry, dataDir.resolve("models"), Runnable::run,
                clock, sharing);
        RetrainJob job = RetrainJob.queued("spark-" + clock.millis(), "spark-submit", clock.instant());
        Optional<ModelVersion> live = registry.latestLive(engine.kind());
        long served = lifecycle.restore().map(ModelVersion::version).orElse(0L);
        if (live.isPresent() && served != live.get().version()) {
            return job.finished(RetrainJob.State.FAILED, clock.instant(), Optional.empty(), "the live version "
                    + live.get().version() + " of " + engine.kind() + " has no readable file in GridFS or " + dataDir
                    + "/models: the gate has nothing to compare with, nothing was published");
        }
        RetrainJob done = lifecycle.retrain(job, phase -> LOG.info(() -> engine.kind() + ": " + phase));
        LOG.info(() -> engine.kind() + " publication " + done.state() + ": " + done.message());
        return done;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
