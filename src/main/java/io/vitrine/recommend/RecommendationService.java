package io.vitrine.recommend;

import io.vitrine.platform.startup.StartupStep;
import io.vitrine.platform.models.ModelRegistry;
import io.vitrine.platform.models.ModelVersion;
import io.vitrine.platform.models.RetrainJob;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.ProductId;
import io.vitrine.platform.NotFoundException;
import io.vitrine.recommend.eval.Holdout;
import io.vitrine.recommend.eval.OfflineEvaluation;
import io.vitrine.recommend.eval.Split;
import io.vitrine.recommend.train.ShopTrainer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves recommendations from the live {@link ShopModel}, held in one reference and swapped whole after a
 * retraining. A retraining first trains on the events before a time cut and scores the last days (the holdout);
 * it goes live only if that score is not worse than the live model's; a failed one leaves the live model alone.
 * A model that goes live is saved ({@link ShopModelFiles}), and start-up serves the last live one from its file
 * instead of retraining; only a missing or unreadable file, or one older than
 * {@code vitrine.recommend.max-age-hours}, starts a training.
 */
@ApplicationScoped
public class RecommendationService implements StartupStep {

    public static final String KIND = "shop-blend";
    /** The holdout metric that decides whether a retrained model may replace the live one. */
    public static final String DECIDING_METRIC = "ndcg@10";

    private static final Logger LOG = Logger.getLogger(RecommendationService.class.getName());
    private static final long DAY_MS = 86_400_000L;
    private static final int HOLDOUT_USERS = 500;

    @Inject
    ModelRegistry registry;
    @Inject
    TrainingDataReader reader;
    @Inject
    RecentHistories histories;
    @Inject
    CatalogService catalog;
    @Inject
    LiveCatalogue shelves;
    @Resource
    ManagedExecutorService executor;
    @Inject
    @ConfigProperty(name = "vitrine.recommend.holdout-days", defaultValue = "7")
    int holdoutDays;
    @Inject
    @ConfigProperty(name = "vitrine.recommend.tolerance", defaultValue = "0.02")
    double tolerance;
    @Inject
    @ConfigProperty(name = "vitrine.recommend.train-at-start", defaultValue = "true")
    boolean trainAtStart;
    /** A saved model older than this is served at start-up and retrained at once (the daily timer may be hours off). */
    @Inject
    @ConfigProperty(name = "vitrine.recommend.max-age-hours", defaultValue = "24")
    long maxAgeHours;
    @Inject
    @ConfigProperty(name = "vitrine.data.dir", defaultValue = "./data")
    String dataDir;

    private ModelTrainer trainer;
    private Clock clock;
    private ShopModelFiles files;
    private final AtomicReference<ShopModel> live = new AtomicReference<>();
    private final Map<String, RetrainJob> jobs = new ConcurrentHashMap<>();
    private final AtomicReference<String> running = new AtomicReference<>();

    public RecommendationService() {
        this.trainer = new ShopTrainer(Clock.systemUTC());
        this.clock = Clock.systemUTC();
    }

    /** For tests: no container, a given trainer and registry. */
    RecommendationService(ModelTrainer trainer, ModelRegistry registry, Clock clock, int holdoutDays, double tolerance,
                          ShopModelFiles files) {
        this.files = files;
        this.maxAgeHours = 24;
        this.trainer = trainer;
        this.registry = registry;
        this.clock = clock;
        this.holdoutDays = holdoutDays;
        this.tolerance = tolerance;
    }

    /**
     * Runs after the demo store loader (phase MODELS), so a first training sees its data. The last
     * live model is served again from its file when the registry and the file agree; otherwise start-up trains.
     */
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
        if (files == null) {
            files = new ShopModelFiles(java.nio.file.Path.of(dataDir, "models", KIND));
        }
        Optional<ModelVersion> last = registry.latestLive(KIND);
        last.ifPresent(v -> LOG.info(() -> "Last live recommendation model: version " + v.version()
                + " trained " + v.trainedAt() + " on " + v.events() + " events, " + v.metrics()));
        if (last.isPresent() && java.nio.file.Files.isRegularFile(files.file(last.get().version()))) {
            start("start-up", id -> restore(id, last.get().version()));
        } else if (trainAtStart) {
            submit("start-up");
        }
    }

    /**
     * Serves the saved model of this version (after reading the shoppers' recent events and the catalogue, which
     * serving needs as well); trains instead when the file cannot be read, and retrains at once behind it when the
     * saved model is older than {@code vitrine.recommend.max-age-hours}. Visible for tests, which call it directly.
     */
    void restore(String id, long version) {
        jobs.computeIfPresent(id, (k, j) -> j.at("loading saved model version " + version));
        Optional<ShopModel> saved = files.load(version);
        if (saved.isEmpty()) {
            run(id);
            return;
        }
        TrainingData data = null;
        try {
            if (shelves != null) {
                shelves.reload();
            }
            if (reader != null) {
                data = reader.read();
                histories.seed(data);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reading the shoppers' events failed; the saved model serves without their history", e);
        }
        ShopModel model = saved.get();
        live.compareAndSet(null, model);
        jobs.computeIfPresent(id, (k, j) -> j.finished(RetrainJob.State.LIVE, clock.instant(), Optional.of(version),
                "saved model version " + version + " trained " + model.trainedAt() + " serves again"));
        LOG.info(() -> "Recommendation model version " + version + " (trained " + model.trainedAt() + ") loaded from " + files.file(version));
        java.time.Duration age = java.time.Duration.between(model.trainedAt(), clock.instant());
        if (age.toHours() >= maxAgeHours) {
            running.compareAndSet(id, null);
            String trigger = "start-up: the saved model is " + age.toHours() + " hours old";
            if (data == null) {
                submit(trigger);
            } else {
                // retrain on what was just read instead of reading every event again
                TrainingData read = data;
                start(trigger, job -> jobs.put(job, retrain(read, phase -> jobs.computeIfPresent(job, (k, j) -> j.at(phase)), jobs.get(job))));
            }
        }
    }

    // ---- operating the models

    /** Starts a retraining in the background, or returns the one already running. */
    public RetrainJob submit(String trigger) {
        return start(trigger, this::run);
    }

    /** Runs {@code body} as the one job of the service (a training, or loading a saved model at start-up). */
    private RetrainJob start(String trigger, Consumer<String> body) {
        String id = UUID.randomUUID().toString();
        RetrainJob job = RetrainJob.queued(id, trigger, clock.instant());
        if (!running.compareAndSet(null, id)) {
            return jobs.get(running.get());
        }
        jobs.put(id, job);
        try {
            executor.execute(() -> {
                try {
                    body.accept(id);
                } finally {
                    running.compareAndSet(id, null);
                }
            });
        } catch (RuntimeException e) {
            running.set(null);
            jobs.put(id, job.finished(RetrainJob.State.FAILED, clock.instant(), Optional.empty(), "not started: " + e));
        }
        return jobs.get(id);
    }

    public Optional<RetrainJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(String id) {
        TrainingData data;
        jobs.computeIfPresent(id, (k, j) -> j.at("reading events"));
        try {
            shelves.reload();
            data = reader.read();
            histories.seed(data);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reading the training data failed; the live model keeps serving", e);
            jobs.computeIfPresent(id, (k, j) -> j.finished(RetrainJob.State.FAILED, clock.instant(), Optional.empty(),
                    "reading the training data failed: " + e.getMessage()));
            return;
        }
        RetrainJob done = retrain(data, phase -> jobs.computeIfPresent(id, (k, j) -> j.at(phase)), jobs.get(id));
        jobs.put(id, done);
    }

    /**
     * Evaluates, trains and publishes (or not); never throws for a failed training. Visible for the unit tests
     * that drive it synchronously.
     */
    RetrainJob retrain(TrainingData data, Consumer<String> progress, RetrainJob job) {
        long users = data.userCount();
        long items = data.catalogue().size();
        long eventCount = data.events().size();
        long version = Math.max(registry.lastVersion(KIND), Optional.ofNullable(live.get()).map(ShopModel::version).orElse(0L)) + 1;
        ShopModel candidate;
        Map<String, Double> metrics;
        try {
            progress.accept("evaluating on the last " + holdoutDays + " days");
            metrics = evaluate(data);
            progress.accept("training on all events");
            candidate = trainer.train(data);
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: a trainer whose library is missing at run time must not take the service down
            LOG.log(Level.WARNING, "Recommendation training failed; the live model keeps serving", e);
            registry.record(new ModelVersion(KIND, version, clock.instant(), users, items, eventCount, Map.of(),
                    ModelVersion.Status.FAILED, String.valueOf(e)));
            return job.finished(RetrainJob.State.FAILED, clock.instant(), Optional.empty(), "training failed: " + e);
        }
        ShopModel current = live.get();
        double score = metrics.getOrDefault(DECIDING_METRIC, 0.0);
        if (current != null) {
            double bar = current.metrics().getOrDefault(DECIDING_METRIC, 0.0);
            if (score < bar * (1 - tolerance)) {
                String why = String.format("%s %.4f on the holdout is below the live version %d's %.4f", DECIDING_METRIC,
                        score, current.version(), bar);
                registry.record(new ModelVersion(KIND, version, clock.instant(), users, items, eventCount, metrics,
                        ModelVersion.Status.REJECTED, why));
                LOG.info(() -> "Recommendation model rejected: " + why);
                return job.finished(RetrainJob.State.REJECTED, clock.instant(), Optional.of(version), why);
            }
        }
        ShopModel published = candidate.as(version, metrics);
        live.set(published);
        save(published);
        registry.record(new ModelVersion(KIND, version, clock.instant(), users, items, eventCount, metrics,
                ModelVersion.Status.LIVE, ""));
        LOG.info(() -> "Recommendation model version " + version + " live: " + eventCount + " events, " + metrics);
        return job.finished(RetrainJob.State.LIVE, clock.instant(), Optional.of(version),
                String.format("%s %.4f on the holdout", DECIDING_METRIC, score));
    }

    /** Keeps the live model for the next start; a failure costs only a training at that start. */
    private void save(ShopModel model) {
        if (files == null) {
            return;
        }
        try {
            long t0 = System.nanoTime();
            java.nio.file.Path file = files.save(model);
            LOG.info(() -> String.format("Recommendation model version %d saved to %s (%d KB) in %.1f s", model.version(),
                    file, file.toFile().length() / 1024, (System.nanoTime() - t0) / 1e9));
        } catch (java.io.IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The live recommendation model could not be saved; the next start will train", e);
        }
    }

    /** Trains on the events before the holdout window and scores the window (a sample of its shoppers). */
    Map<String, Double> evaluate(TrainingData data) {
        long end = data.events().stream().mapToLong(WeightedEvent::timestamp).max().orElse(0);
        long cutoff = end - holdoutDays * DAY_MS;
        Split split = Holdout.timeBased(data.events(), cutoff,
                data.catalogue().stream().map(CatalogueEntry::item).toList()).sample(HOLDOUT_USERS, 42);
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (split.test().isEmpty()) {
            metrics.put("holdoutUsers", 0.0);
            return metrics;
        }
        ShopModel model = trainer.train(data.before(cutoff));
        metrics.putAll(OfflineEvaluation.standard(10).evaluate(model.blend(), split));
        metrics.put("holdoutUsers", (double) split.test().size());
        return metrics;
    }

    /** The live model; {@link ModelNotReadyException} until the first training has finished. */
    public ShopModel model() {
        ShopModel m = live.get();
        if (m == null) {
            throw new ModelNotReadyException();
        }
        return m;
    }

    public Optional<ShopModel> current() {
        return Optional.ofNullable(live.get());
    }

    // ---- serving: memory only (live model, RecentHistories, LiveCatalogue); no database call on these paths

    /**
     * The blend for one shopper (account id or {@code anon:<session>}) from their latest events as
     * {@link RecentHistories} holds them, so a view just recorded already counts. Bought and out-of-stock items are
     * excluded; an unknown shopper gets popular items. Reasons name products and categories in {@code language}.
     */
    public Recommendations forUser(String userId, int n, Optional<String> category, Optional<String> subCategory,
                                   String language) {
        ShopModel m = model();
        UserHistory user = histories.history(UserId.of(userId));
        boolean fallback = m.blend().items().sequence(user).length == 0;
        BlendRules rules = rules(n, category, subCategory).excluding(histories.bought(UserId.of(userId)));
        return served(m, m.blend().recommend(user, n, rules), fallback, language);
    }

    /** Popular items, in a category or sub-category when given. */
    public Recommendations popular(int n, Optional<String> category, Optional<String> subCategory, String language) {
        ShopModel m = model();
        return served(m, m.blend().recommend(UserHistory.empty(UserId.of("popular")), n, rules(n, category, subCategory)),
                false, language);
    }

    /** Items whose rate rose most over the last week against the week before. */
    public Recommendations trending(int n, String language) {
        ShopModel m = model();
        return served(m, m.popularity().trending(n, shelves.inStock()), false, language);
    }

    /** Items most like this one by who engages with them; popular items of its sub-category when it has none. */
    public Recommendations similar(String productId, int n, String language) {
        ShopModel m = model();
        CatalogueItem product = requireProduct(productId);
        List<Recommendation> ranked = related(m.similar().similarTo(product.id(), n, shelves.inStock()));
        if (ranked.isEmpty()) {
            BlendRules sameShelf = rules(n, Optional.empty(), Optional.of(product.subCategory())).excluding(Set.of(product.id()));
            return served(m, m.blend().recommend(UserHistory.empty(UserId.of("similar")), n, sameShelf), true, language);
        }
        return served(m, ranked, false, language);
    }

    /** Items bought with this one more often than chance (lift), from orders. */
    public Recommendations boughtTogether(String productId, int n, String language) {
        ShopModel m = model();
        CatalogueItem product = requireProduct(productId);
        return served(m, related(m.boughtTogether().similarTo(product.id(), n, shelves.inStock())), false, language);
    }

    /** Neighbour lists are padded with unrelated items at score 0; only real neighbours are served. */
    private static List<Recommendation> related(List<Recommendation> ranked) {
        return ranked.stream().filter(r -> r.score() > 0).toList();
    }

    /** From memory; the database only for a product created a moment ago that the catalogue has not seen yet. */
    private CatalogueItem requireProduct(String productId) {
        return shelves.item(ItemId.of(productId))
                .or(() -> catalog.find(new ProductId(productId)).map(CatalogueItem::of))
                .orElseThrow(() -> new NotFoundException("no product " + productId));
    }

    /** Diversity: at most about half the list from one seller or one sub-category (unless one was asked for). */
    private BlendRules rules(int n, Optional<String> category, Optional<String> subCategory) {
        int cap = Math.max(2, (n + 1) / 2);
        BlendRules rules = BlendRules.none().maxPerSeller(cap).maxPerSubCategory(subCategory.isPresent() ? Integer.MAX_VALUE : cap)
                .onlyIf(shelves.inStock());
        rules = category.map(rules::inCategory).orElse(rules);
        return subCategory.map(rules::inSubCategory).orElse(rules);
    }

    /** The ranked items with their catalogue facts and reasons in words (an item that left the catalogue is skipped). */
    private Recommendations served(ShopModel m, List<Recommendation> ranked, boolean fallback, String language) {
        List<Recommendations.Item> out = new ArrayList<>(ranked.size());
        for (Recommendation r : ranked) {
            shelves.item(r.item()).ifPresent(c -> out.add(new Recommendations.Item(c, r.score(),
                    r.reason().text(id -> shelves.name(id, language), g -> shelves.groupName(g, language), language))));
        }
        return new Recommendations(out, m.version(), fallback);
    }
}
