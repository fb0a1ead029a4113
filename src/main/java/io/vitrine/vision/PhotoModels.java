package io.vitrine.vision;

import io.vitrine.platform.models.Candidate;
import io.vitrine.platform.models.HoldoutGate;
import io.vitrine.platform.models.ModelEngine;
import io.vitrine.platform.models.ModelSchedule;
import io.vitrine.platform.models.ModelStorage;
import io.vitrine.platform.models.ModelVersion;
import io.vitrine.platform.models.Models;
import io.vitrine.platform.startup.StartupStep;
import io.vitrine.vision.train.HoldoutTrainer;
import io.vitrine.vision.train.LabelledImage;
import io.vitrine.vision.train.PhotoTrainer;
import io.vitrine.vision.train.TrainedModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The photo model ({@code vision-cnn}) on the shared model lifecycle: trains on the catalogue's photos, scores the
 * new and the live model on the same held-out photos, saves each live version under
 * {@code vitrine.data.dir/models/vision}, and goes live by re-embedding every photo ({@link VisualIndexer}). The model
 * shipped in {@code models/vision} serves the first start, and whenever no retrained version can be read, so a
 * corrupt file never leaves photo search down.
 */
@ApplicationScoped
public class PhotoModels implements ModelEngine<VisionModel>, StartupStep {

    /** The model that ships with Vitrine (see models/vision/MODEL_CARD.md), copied into the WAR's classes. */
    public static final String BUNDLED_MODEL = "models/vision/vision-model.zip";
    public static final String BUNDLED_METRICS = "models/vision/metrics.properties";
    /** The metric that decides whether a retrained model may replace the live one. */
    public static final String DECIDING_METRIC = "accuracy";
    static final ModelStorage<VisionModel> STORAGE = new ModelStorage<>("vision", VisionService.KIND + "-", ".zip",
            new VisionModelFormat());
    private static final String BUNDLED_NOTE = "bundled " + BUNDLED_MODEL;
    private static final Logger LOG = Logger.getLogger(PhotoModels.class.getName());

    @Inject
    VisualIndexer indexer;
    @Inject
    VisionSettings settings;
    @Inject
    Models models;

    private PhotoTrainer trainer;
    private Clock clock = Clock.systemUTC();
    /** Photo changes counted when the running training read the catalogue: they stop counting once it is live. */
    private volatile int changesAtTraining;

    public PhotoModels() {
    }

    /** For tests: no container, a given trainer. */
    PhotoModels(VisualIndexer indexer, PhotoTrainer trainer, VisionSettings settings) {
        this.indexer = indexer;
        this.trainer = trainer;
        this.settings = settings;
    }

    private PhotoTrainer trainer() {
        if (trainer == null) {
            trainer = settings.trainer();
        }
        return trainer;
    }

    @Override
    public String kind() {
        return VisionService.KIND;
    }

    @Override
    public ModelStorage<VisionModel> storage() {
        return STORAGE;
    }

    @Override
    public HoldoutGate gate() {
        return new HoldoutGate(DECIDING_METRIC, settings.tolerance(), "the held-out photos");
    }

    @Override
    public ModelSchedule schedule() {
        return settings.schedule();
    }

    /** Due once {@code vitrine.vision.retrain.min-changed-photos} photos came or went since the live model was trained. */
    @Override
    public Optional<String> retrainDue() {
        int changed = indexer.changedPhotos();
        if (changed < settings.minChangedPhotos() || indexer.current().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("schedule: " + changed + " photos changed");
    }

    @Override
    public List<String> phases() {
        return List.of("reading", "training", "scoring", "saving", "embedding");
    }

    @Override
    public Optional<LiveModel<VisionModel>> live() {
        return indexer.current().map(c -> new LiveModel<>(c.model(), c.version()));
    }

    @Override
    public Candidate<VisionModel> train(Optional<LiveModel<VisionModel>> live, Consumer<String> progress) {
        progress.accept("reading the catalogue's photos");
        int changes = indexer.changedPhotos();
        List<LabelledImage> photos = indexer.trainingPhotos(trainer().inputSize(), settings.maxPerSubCategory());
        int count = photos.size();
        TrainedModel trained = trainer().train(photos, (epoch, total, loss) -> progress.accept(String.format(Locale.ROOT,
                "training on %d photos: epoch %d of %d, loss %.4f", count, epoch, total, loss)));
        Map<String, Double> metrics = new LinkedHashMap<>(trained.metrics());
        Optional<Double> liveScore = live.filter(l -> l.model().inputSize() == trainer().inputSize()).map(l -> {
            progress.accept("scoring the live model on the same held-out photos");
            return HoldoutTrainer.evaluate(l.model(), List.of(), trained.holdout()).getOrDefault(DECIDING_METRIC, 0.0);
        });
        liveScore.ifPresent(score -> metrics.put("live_" + DECIDING_METRIC, score));
        changesAtTraining = changes;
        Candidate<VisionModel> candidate = Candidate.of(trained.model(), metrics, String.format(Locale.ROOT,
                        "%s %.4f on %d held-out photos", DECIDING_METRIC, metrics.getOrDefault(DECIDING_METRIC, 0.0),
                        trained.holdout().size()))
                .on(0, trained.model().subCategories().size(), count);
        return liveScore.map(candidate::against).orElse(candidate);
    }

    @Override
    public void serve(VisionModel model, ModelVersion version, Consumer<String> progress) {
        progress.accept("embedding the catalogue's photos with the new model");
        indexer.rebuild(model, version.version());
        indexer.trainedOn(changesAtTraining);
        changesAtTraining = 0;
    }

    @Override
    public Optional<Shipped<VisionModel>> shipped() {
        return Optional.of(new Shipped<>(loadBundled(), BUNDLED_NOTE, bundledMetrics(), clock.instant(), 0, 0));
    }

    @Override
    public boolean isShipped(ModelVersion version) {
        return version.note().startsWith(BUNDLED_NOTE);
    }

    // ---- start-up

    /** After the demo store loader and the search index (phase INDEXES, after text search). */
    @Override
    public Phase phase() {
        return Phase.INDEXES;
    }

    @Override
    public String name() {
        return "2-photo-index";
    }

    /**
     * Off the start-up thread: serves the newest live version that reads (the shipped model when none does), after
     * embedding every catalogue photo with it.
     */
    @Override
    public void onStartup() {
        if (!settings.enabled()) {
            indexer.unavailable("photo search is switched off (vitrine.vision.enabled=false)");
            return;
        }
        var lifecycle = models.of(this);
        indexer.executor().execute(() -> {
            try {
                Nd4jSettings.threads(settings.threads());
                lifecycle.restore();
            } catch (RuntimeException | LinkageError e) {
                // LinkageError: the DL4J/ND4J runtime is missing from the server; the rest of the shop still runs
                indexer.unavailable("photo search is not available: the model could not be loaded");
                LOG.log(Level.SEVERE, "Photo search not available: the vision model could not be loaded", e);
            }
        });
    }

    private static VisionModel loadBundled() {
        try (InputStream in = resource(BUNDLED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED_MODEL + " is not on the class path: run the command in models/vision/MODEL_CARD.md");
            }
            Path tmp = Files.createTempFile("vitrine-vision", ".zip");
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                return VisionModel.load(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED_MODEL, e);
        }
    }

    private static Map<String, Double> bundledMetrics() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        try (InputStream in = resource(BUNDLED_METRICS)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                for (String key : p.stringPropertyNames()) {
                    try {
                        metrics.put(key, Double.parseDouble(p.getProperty(key)));
                    } catch (NumberFormatException notANumber) {
                        // the training date: not a metric
                    }
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "metrics of the bundled vision model unreadable", e);
        }
        return metrics;
    }

    private static InputStream resource(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        InputStream in = loader == null ? null : loader.getResourceAsStream(name);
        return in != null ? in : PhotoModels.class.getClassLoader().getResourceAsStream(name);
    }
}
