package io.vitrine.recommend;

import io.vitrine.platform.models.Candidate;
import io.vitrine.platform.models.HoldoutGate;
import io.vitrine.platform.models.JavaSerialFormat;
import io.vitrine.platform.models.ModelEngine;
import io.vitrine.platform.models.ModelLifecycle;
import io.vitrine.platform.models.ModelRegistry;
import io.vitrine.platform.models.ModelSchedule;
import io.vitrine.platform.models.ModelStorage;
import io.vitrine.platform.models.ModelVersion;
import io.vitrine.platform.models.Models;
import io.vitrine.platform.models.RetrainJob;
import io.vitrine.platform.startup.StartupStep;
import io.vitrine.recommend.spark.SparkCandidate;
import io.vitrine.recommend.spark.SparkTraining;
import io.vitrine.recommend.train.ShopRetraining;
import io.vitrine.recommend.train.ShopTrainer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The recommendation models ({@code shop-blend}) on the shared model lifecycle: trains with {@link ShopRetraining}
 * on the shoppers' events, gates on NDCG@10 of the last days, saves each live model as an allow-listed Java object
 * under {@code vitrine.data.dir/models/shop-blend}, and serves it through {@link RecommendationService}. Start-up
 * serves the last live model from its file (after reading the events serving needs too) and retrains behind it when
 * it is older than {@code vitrine.recommend.max-age-hours}; with no readable model it trains.
 */
@ApplicationScoped
public class ShopModels implements ModelEngine<ShopModel>, StartupStep {

    /** Where and how {@code shop-blend} versions are saved; the Spark job writes its candidate in the same format. */
    public static final ModelStorage<ShopModel> STORAGE = new ModelStorage<>(RecommendationService.KIND,
            RecommendationService.KIND + "-", ".ser.gz",
            new JavaSerialFormat<>(ShopModel.class, "io.vitrine.recommend.*", ShopModel::version));
    private static final Logger LOG = Logger.getLogger(ShopModels.class.getName());

    @Inject
    RecommendationService serving;
    @Inject
    TrainingDataReader reader;
    @Inject
    RecentHistories histories;
    @Inject
    LiveCatalogue shelves;
    @Inject
    ModelRegistry registry;
    @Inject
    Models models;
    @Inject
    RecommendSettings settings;
    /** Trains on Spark instead when configured ({@code vitrine.recommend.spark.*}); null in tests that do not ask. */
    @Inject
    SparkTraining spark;

    private ModelTrainer trainer = new ShopTrainer(Clock.systemUTC());
    private Clock clock = Clock.systemUTC();
    /** Events a start-up restore just read, handed to the retraining behind it instead of reading them again. */
    private final AtomicReference<TrainingData> preRead = new AtomicReference<>();

    public ShopModels() {
    }

    /** For tests: no container, a given trainer; reading data is left to {@link #preRead}. */
    ShopModels(RecommendationService serving, ModelTrainer trainer, Clock clock, RecommendSettings settings) {
        this.serving = serving;
        this.trainer = trainer;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public String kind() {
        return RecommendationService.KIND;
    }

    @Override
    public ModelStorage<ShopModel> storage() {
        return STORAGE;
    }

    @Override
    public HoldoutGate gate() {
        return new HoldoutGate(ShopRetraining.DECIDING_METRIC, settings.tolerance(), "the holdout");
    }

    @Override
    public ModelSchedule schedule() {
        return settings.schedule();
    }

    @Override
    public List<String> phases() {
        return List.of("reading events", "evaluating", "training");
    }

    @Override
    public Optional<LiveModel<ShopModel>> live() {
        return serving.current().map(m -> new LiveModel<>(m, m.version()));
    }

    /** The next training uses these events instead of reading them (tests, and the retraining behind a restore). */
    void preRead(TrainingData data) {
        preRead.set(data);
    }

    /**
     * This engine outside the shop, for an operator's Spark job that publishes what it trained ({@code SparkShopJob
     * --publish}): the shop's gate, stamp and storage, every training {@code spark}'s (the in-process trainer is never
     * asked), and what it serves stays in this object.
     */
    public static ShopModels outside(SparkTraining spark, RecommendSettings settings, Clock clock) {
        ShopModels engine = new ShopModels(new RecommendationService(), data -> {
            throw new IllegalStateException("outside the shop only Spark trains");
        }, clock, settings);
        engine.spark = spark;
        return engine;
    }

    /** For tests: retrainings run the Spark job when {@code spark} chooses it. */
    void trainWithSpark(SparkTraining spark) {
        this.spark = spark;
    }

    @Override
    public Candidate<ShopModel> train(Optional<LiveModel<ShopModel>> live, Consumer<String> progress) {
        Optional<SparkCandidate> bySpark = spark == null ? Optional.empty() : spark.trainIfChosen(progress);
        if (bySpark.isPresent()) {
            SparkCandidate trained = bySpark.get();
            return gated(new ShopRetraining.Outcome(trained.model(), trained.metrics()), trained.users(), trained.items(),
                    trained.events(), live);
        }
        progress.accept("reading events");
        long t0 = System.nanoTime();
        TrainingData data = Optional.ofNullable(preRead.getAndSet(null)).orElseGet(this::read);
        long read = System.nanoTime();
        ShopRetraining.Outcome outcome = new ShopRetraining(trainer, settings.holdoutDays()).run(data, progress);
        LOG.info(() -> String.format(Locale.ROOT, "Training read %d events in %.1f s, evaluated and trained in %.1f s",
                data.events().size(), (read - t0) / 1e9, (System.nanoTime() - read) / 1e9));
        return gated(outcome, data.userCount(), data.catalogue().size(), data.events().size(), live);
    }

    /** The candidate for the holdout gate, against the live model's recorded score. */
    private static Candidate<ShopModel> gated(ShopRetraining.Outcome outcome, long users, long items, long events,
                                              Optional<LiveModel<ShopModel>> live) {
        double score = outcome.metrics().getOrDefault(ShopRetraining.DECIDING_METRIC, 0.0);
        Candidate<ShopModel> candidate = Candidate.of(outcome.model(), outcome.metrics(),
                        String.format(Locale.ROOT, "%s %.4f on the holdout", ShopRetraining.DECIDING_METRIC, score))
                .on(users, items, events);
        return live.map(l -> candidate.against(l.model().metrics().getOrDefault(ShopRetraining.DECIDING_METRIC, 0.0)))
                .orElse(candidate);
    }

    /** The catalogue and every event; the shoppers' recent histories are seeded from them on the way. */
    private TrainingData read() {
        shelves.reload();
        TrainingData data = reader.read();
        histories.seed(data);
        return data;
    }

    @Override
    public ShopModel stamp(ShopModel model, long version, Map<String, Double> metrics) {
        return model.as(version, metrics);
    }

    @Override
    public void serve(ShopModel model, ModelVersion version, Consumer<String> progress) {
        serving.serve(model);
    }

    // ---- start-up

    /** After the demo store loader (phase MODELS), so a first training sees its data. */
    @Override
    public Phase phase() {
        return Phase.MODELS;
    }

    @Override
    public String name() {
        return "2-recommendation-model";
    }

    @Override
    public void onStartup() {
        ModelLifecycle<ShopModel> lifecycle = models.of(this);
        Optional<ModelVersion> last = registry.latestLive(kind());
        last.ifPresent(v -> LOG.info(() -> "Last live recommendation model: version " + v.version()
                + " trained " + v.trainedAt() + " on " + v.events() + " events, " + v.metrics()));
        if (last.isPresent()) {
            lifecycle.start("start-up", (job, progress) -> restore(lifecycle, job, progress));
        } else if (settings.trainAtStart()) {
            lifecycle.submit("start-up");
        }
    }

    /**
     * Serves the newest saved live model (after reading the shoppers' recent events and the catalogue, which serving
     * needs as well); trains instead when none can be read, and retrains behind it when it is older than
     * {@code vitrine.recommend.max-age-hours}. Visible for tests, which call it directly.
     */
    RetrainJob restore(ModelLifecycle<ShopModel> lifecycle, RetrainJob job, Consumer<String> progress) {
        progress.accept("loading the saved model");
        Optional<ModelVersion> restored = lifecycle.restore();
        if (restored.isEmpty()) {
            return settings.trainAtStart() ? lifecycle.retrain(job, progress)
                    : job.finished(RetrainJob.State.FAILED, clock.instant(), Optional.empty(), "no saved model could be read");
        }
        TrainingData data = null;
        try {
            if (reader != null) {
                data = read();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reading the shoppers' events failed; the saved model serves without their history", e);
        }
        ShopModel model = serving.model();
        Duration age = Duration.between(model.trainedAt(), clock.instant());
        if (age.toHours() >= settings.maxAgeHours()) {
            if (data != null) {
                preRead(data);
            }
            lifecycle.submitAfterwards("start-up: the saved model is " + age.toHours() + " hours old");
        }
        return job.finished(RetrainJob.State.LIVE, clock.instant(), Optional.of(model.version()),
                "saved model version " + model.version() + " trained " + model.trainedAt() + " serves again");
    }
}
