package io.vitrine.vision;

import io.vitrine.platform.startup.StartupStep;
import io.vitrine.catalog.ImageRepository;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductChanged;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductImage;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.models.ModelRegistry;
import io.vitrine.platform.models.ModelVersion;
import io.vitrine.platform.models.RetrainJob;
import io.vitrine.vision.train.HoldoutTrainer;
import io.vitrine.vision.train.LabelledImage;
import io.vitrine.vision.train.PhotoTrainer;
import io.vitrine.vision.train.TrainedModel;
import io.vitrine.vision.train.VisionTrainer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Photo search as the shop runs it. The live {@link VisualCatalogue} (model + embeddings + index) sits in one
 * reference and is swapped whole: after start-up indexing, after a retraining, and after each batch of catalogue
 * changes ({@link ProductChanged}), which re-embed only the products that changed. The model shipped in
 * {@code models/vision} serves the first start; a retrained model is written to {@code vitrine.data.dir} and
 * recorded in the {@link ModelRegistry}, and goes live only if it scores at least as well as the live model on
 * the same held-out photos. A failed retraining leaves the live model serving.
 * <p>
 * Concurrency: {@link VisionModel} serialises its forward passes (DL4J's feed-forward is not thread-safe);
 * uploads are decoded at most {@link #CONCURRENT_DECODES} at a time so parallel large photos cannot exhaust the heap.
 */
@ApplicationScoped
public class VisionService implements StartupStep {

    public static final String KIND = "vision-cnn";
    /** The model that ships with Vitrine (see models/vision/MODEL_CARD.md), copied into the WAR's classes. */
    public static final String BUNDLED_MODEL = "models/vision/vision-model.zip";
    public static final String BUNDLED_METRICS = "models/vision/metrics.properties";
    /** The metric that decides whether a retrained model may replace the live one. */
    public static final String DECIDING_METRIC = "accuracy";

    static final int CONCURRENT_DECODES = 4;
    private static final int BATCH = 32;
    private static final int READ_BATCH = 200;
    private static final String BUNDLED_NOTE = "bundled " + BUNDLED_MODEL;
    private static final Logger LOG = Logger.getLogger(VisionService.class.getName());

    @Inject
    ProductRepository products;
    @Inject
    ImageRepository images;
    @Inject
    ModelRegistry registry;
    @Resource
    ManagedExecutorService managedExecutor;
    @Inject
    @ConfigProperty(name = "vitrine.vision.enabled", defaultValue = "true")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "vitrine.data.dir", defaultValue = "./data")
    String dataDir;
    @Inject
    @ConfigProperty(name = "vitrine.upload.max-bytes", defaultValue = "5242880")
    int maxUploadBytes;
    @Inject
    @ConfigProperty(name = "vitrine.vision.tolerance", defaultValue = "0.02")
    double tolerance;
    @Inject
    @ConfigProperty(name = "vitrine.vision.train.epochs", defaultValue = "70")
    int epochs;
    @Inject
    @ConfigProperty(name = "vitrine.vision.train.budget-minutes", defaultValue = "40")
    int budgetMinutes;
    @Inject
    @ConfigProperty(name = "vitrine.vision.train.max-per-sub-category", defaultValue = "1000")
    int maxPerSubCategory;
    @Inject
    @ConfigProperty(name = "vitrine.vision.threads", defaultValue = "2")
    int threads;

    private PhotoTrainer trainer;
    private Executor executor;
    private Clock clock = Clock.systemUTC();
    private ImageDecoder decoder;
    private final Semaphore decoding = new Semaphore(CONCURRENT_DECODES);

    private final AtomicReference<VisualCatalogue> live = new AtomicReference<>();
    private volatile String unavailable = "photo search is starting: the model and the catalogue's photos are loading";
    private final Set<String> dirty = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    /** Products changed while a full index build was reading the catalogue: re-applied after its swap. */
    private final Set<String> changedDuringBuild = ConcurrentHashMap.newKeySet();
    private volatile boolean building;
    private final AtomicInteger changedPhotos = new AtomicInteger();
    private final Map<String, RetrainJob> jobs = new ConcurrentHashMap<>();
    private final AtomicReference<String> running = new AtomicReference<>();

    public VisionService() {
    }

    /** For tests: no container, the given repositories, trainer and registry, work done on the calling thread. */
    VisionService(ProductRepository products, ImageRepository images, ModelRegistry registry, PhotoTrainer trainer,
                  Path dataDir, double tolerance) {
        this.products = products;
        this.images = images;
        this.registry = registry;
        this.trainer = trainer;
        this.dataDir = dataDir.toString();
        this.tolerance = tolerance;
        this.maxUploadBytes = 5 * 1024 * 1024;
        this.maxPerSubCategory = Integer.MAX_VALUE;
        this.executor = Runnable::run;
        this.decoder = decoder(maxUploadBytes);
    }

    /** For tests: serves {@code model} as version {@code version} over the catalogue's photos. */
    void serve(VisionModel model, long version) {
        publish(index(model, version));
    }

    /** Runs after the demo store loader and the search index (phase INDEXES, after text search). */
    @Override
    public Phase phase() {
        return Phase.INDEXES;
    }

    @Override
    public String name() {
        return "2-photo-index";
    }

    @Override
    public void onStartup() {
        if (trainer == null) {
            trainer = new HoldoutTrainer(io.vitrine.vision.train.DemoVisionModel.settings().withEpochs(epochs)
                    .withTimeBudget(Duration.ofMinutes(budgetMinutes)), 0.2, 10);
        }
        executor = managedExecutor != null ? managedExecutor : Runnable::run;
        decoder = decoder(maxUploadBytes);
        if (!enabled) {
            unavailable = "photo search is switched off (vitrine.vision.enabled=false)";
            return;
        }
        executor.execute(() -> {
            try {
                Nd4jSettings.threads(threads);
                startFromStoredModel();
            } catch (RuntimeException | LinkageError e) {
                building = false;
                // LinkageError: the DL4J/ND4J runtime is missing from the server; the rest of the shop still runs
                unavailable = "photo search is not available: the model could not be loaded";
                LOG.log(Level.SEVERE, "Photo search not available: the vision model could not be loaded", e);
            }
        });
    }

    private static ImageDecoder decoder(int maxBytes) {
        // 16 megapixels decode to 64 MB of pixels: enough for any product photo, and four at a time fit the heap
        return new ImageDecoder(new ImageDecoder.Limits(maxBytes, 16_000_000L, 8_000));
    }

    public ImageDecoder.Limits uploadLimits() {
        return decoder.limits();
    }

    // ---- start-up

    /**
     * Loads the newest live model of the registry from the data folder, or the bundled one (recorded as a
     * version on first use), then embeds every catalogue photo with it.
     */
    void startFromStoredModel() {
        long t0 = System.nanoTime();
        Optional<ModelVersion> latest = registry.latestLive(KIND);
        VisionModel model = null;
        long version = 0;
        if (latest.isPresent() && !latest.get().note().startsWith(BUNDLED_NOTE) && Files.isRegularFile(modelFile(latest.get().version()))) {
            model = VisionModel.load(modelFile(latest.get().version()));
            version = latest.get().version();
        } else if (latest.isPresent() && latest.get().note().startsWith(BUNDLED_NOTE)) {
            model = loadBundled();
            version = latest.get().version();
        }
        if (model == null) {
            model = loadBundled();
            version = registry.lastVersion(KIND) + 1;
            registry.record(new ModelVersion(KIND, version, clock.instant(), 0, 0, 0, bundledMetrics(),
                    ModelVersion.Status.LIVE, BUNDLED_NOTE));
        }
        VisionModel loaded = model;
        long v = version;
        LOG.info(() -> String.format("Vision model version %d loaded in %.1f s: %d sub-categories, %d px input",
                v, (System.nanoTime() - t0) / 1e9, loaded.subCategories().size(), loaded.inputSize()));
        publish(index(loaded, v));
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
        return in != null ? in : VisionService.class.getClassLoader().getResourceAsStream(name);
    }

    Path modelFile(long version) {
        return Path.of(dataDir, "models", "vision", KIND + "-" + version + ".zip");
    }

    /** Embeds every catalogue photo with {@code model}; changes that arrive meanwhile are replayed after the swap. */
    private VisualCatalogue index(VisionModel model, long version) {
        long t0 = System.nanoTime();
        building = true;
        changedDuringBuild.clear();
        List<VisualCatalogue.Entry> entries = new ArrayList<>();
        forEachPhotoBatch(batch -> entries.addAll(embed(model, batch)));
        VisualCatalogue catalogue = VisualCatalogue.of(model, version, entries);
        LOG.info(() -> String.format("Visual index of model version %d: %d photos embedded in %.1f s", version,
                catalogue.size(), (System.nanoTime() - t0) / 1e9));
        return catalogue;
    }

    /** Swaps in a freshly built catalogue and replays the products that changed while it was being built. */
    private void publish(VisualCatalogue catalogue) {
        live.set(catalogue);
        building = false;
        unavailable = null;
        dirty.addAll(changedDuringBuild);
        changedDuringBuild.clear();
        if (!dirty.isEmpty()) {
            scheduleRefresh();
        }
    }

    /** Every product photo, read from the database in batches of {@link #READ_BATCH} images. */
    private void forEachPhotoBatch(Consumer<List<StoredPhoto>> action) {
        List<CataloguePhoto> pending = new ArrayList<>(READ_BATCH);
        try (Stream<Product> all = products.streamAll()) {
            for (Product p : (Iterable<Product>) all::iterator) {
                for (String imageId : p.imageIds()) {
                    pending.add(new CataloguePhoto(p.id().value(), p.subCategory(), imageId));
                    if (pending.size() == READ_BATCH) {
                        action.accept(read(pending));
                        pending.clear();
                    }
                }
            }
        }
        if (!pending.isEmpty()) {
            action.accept(read(pending));
        }
    }

    private record StoredPhoto(CataloguePhoto photo, byte[] bytes) {
    }

    private List<StoredPhoto> read(List<CataloguePhoto> photos) {
        Map<String, ProductImage> found = new HashMap<>();
        for (ProductImage image : images.findAll(photos.stream().map(CataloguePhoto::imageId).toList())) {
            found.put(image.id(), image);
        }
        List<StoredPhoto> out = new ArrayList<>(photos.size());
        for (CataloguePhoto photo : photos) {
            ProductImage image = found.get(photo.imageId());
            if (image != null) {
                out.add(new StoredPhoto(photo, image.data()));
            }
        }
        return out;
    }

    /** Decodes, letterboxes and analyses photos {@link #BATCH} at a time; a photo that does not decode is skipped. */
    private List<VisualCatalogue.Entry> embed(VisionModel model, List<StoredPhoto> photos) {
        List<VisualCatalogue.Entry> out = new ArrayList<>(photos.size());
        for (int from = 0; from < photos.size(); from += BATCH) {
            List<StoredPhoto> batch = photos.subList(from, Math.min(photos.size(), from + BATCH));
            List<CataloguePhoto> kept = new ArrayList<>(batch.size());
            List<float[]> tensors = new ArrayList<>(batch.size());
            for (StoredPhoto p : batch) {
                tensor(p, model.inputSize()).ifPresent(t -> {
                    kept.add(p.photo());
                    tensors.add(t);
                });
            }
            List<PhotoAnalysis> analyses = model.analyse(tensors);
            for (int i = 0; i < kept.size(); i++) {
                out.add(new VisualCatalogue.Entry(kept.get(i), analyses.get(i).embedding()));
            }
        }
        return out;
    }

    private Optional<float[]> tensor(StoredPhoto p, int size) {
        try {
            return Optional.of(ImageTensors.letterbox(decoder.decode(p.bytes()).rgb(), size));
        } catch (ImageRejectedException e) {
            LOG.warning(() -> "Photo " + p.photo().imageId() + " of " + p.photo().productId() + " not indexed: " + e.getMessage());
            return Optional.empty();
        }
    }

    // ---- keeping the index in step with the catalogue

    /** Notes the change and re-embeds the product off the caller's thread; never throws into the catalogue's write. */
    void onProductChanged(@Observes ProductChanged change) {
        String id = change.product().value();
        if (building) {
            changedDuringBuild.add(id);
        }
        dirty.add(id);
        if (live.get() != null) {
            scheduleRefresh();
        }
    }

    private void scheduleRefresh() {
        if (executor != null && refreshing.compareAndSet(false, true)) {
            try {
                executor.execute(this::refresh);
            } catch (RuntimeException e) {
                refreshing.set(false);
                LOG.log(Level.WARNING, "visual index refresh not scheduled", e);
            }
        }
    }

    /** Drains the changed products into a new catalogue; retries when a retraining swapped the model meanwhile. */
    private void refresh() {
        try {
            while (!dirty.isEmpty()) {
                VisualCatalogue current = live.get();
                if (current == null) {
                    return;
                }
                Set<String> ids = new HashSet<>(dirty);
                dirty.removeAll(ids);
                try {
                    Update update = update(current, ids, photosOf(ids));
                    if (update.unchanged()) {
                        continue;
                    }
                    if (live.compareAndSet(current, current.withProducts(ids, update.entries()))) {
                        changedPhotos.addAndGet(update.photosAddedOrRemoved());
                    } else {
                        dirty.addAll(ids);
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "visual index not updated for " + ids, e);
                }
            }
        } finally {
            refreshing.set(false);
            if (!dirty.isEmpty() && live.get() != null) {
                scheduleRefresh();
            }
        }
    }

    /** The new entries of some products, and how many of their photos came or went. */
    private record Update(List<VisualCatalogue.Entry> entries, int photosAddedOrRemoved, boolean unchanged) {
    }

    /**
     * Embeds only photos the catalogue does not hold yet (a stock or price change re-embeds nothing, and
     * leaves the index alone when no photo and no sub-category changed).
     */
    private Update update(VisualCatalogue current, Set<String> ids, List<CataloguePhoto> now) {
        Map<String, VisualCatalogue.Entry> before = new HashMap<>();
        for (String id : ids) {
            for (VisualCatalogue.Entry e : current.entriesOf(id)) {
                before.put(VisualCatalogue.key(e.photo()), e);
            }
        }
        List<VisualCatalogue.Entry> entries = new ArrayList<>();
        List<CataloguePhoto> missing = new ArrayList<>();
        boolean same = true;
        for (CataloguePhoto p : now) {
            VisualCatalogue.Entry known = before.remove(VisualCatalogue.key(p));
            if (known == null) {
                missing.add(p);
            } else {
                same &= known.photo().equals(p);
                entries.add(new VisualCatalogue.Entry(p, known.embedding()));
            }
        }
        int removed = before.size();
        entries.addAll(embed(current.model(), read(missing)));
        return new Update(entries, missing.size() + removed, same && missing.isEmpty() && removed == 0);
    }

    private List<CataloguePhoto> photosOf(Set<String> ids) {
        List<ProductId> valid = ids.stream().filter(ProductId::isValid).map(ProductId::new).toList();
        List<CataloguePhoto> out = new ArrayList<>();
        for (Product p : products.findAll(valid)) {
            p.imageIds().forEach(imageId -> out.add(new CataloguePhoto(p.id().value(), p.subCategory(), imageId)));
        }
        return out;
    }

    /** Catalogue photos added or removed since the live model was trained (the retraining trigger). */
    public int changedPhotos() {
        return changedPhotos.get();
    }

    // ---- serving

    /** The live catalogue; {@link VisionUnavailableException} until the model is loaded and the photos indexed. */
    public VisualCatalogue live() {
        VisualCatalogue c = live.get();
        if (c == null) {
            throw new VisionUnavailableException(unavailable != null ? unavailable : "photo search is not ready");
        }
        return c;
    }

    public Optional<VisualCatalogue> current() {
        return Optional.ofNullable(live.get());
    }

    /**
     * Decodes an uploaded photo (refusing anything that is not a sane JPEG, PNG or GIF with an
     * {@link ImageRejectedException}), names its three most likely sub-categories and finds the {@code n} products
     * that look most like it, only on the predicted shelf when {@code restrict}.
     */
    public PhotoSearch searchByPhoto(byte[] upload, int n, boolean restrict) {
        DecodedImage image = decode(upload);
        VisualCatalogue c = live();
        PhotoAnalysis analysis = c.model().analyse(image.rgb());
        Optional<String> shelf = restrict ? Optional.of(analysis.best().subCategory()) : Optional.empty();
        List<VisualMatch> matches = c.similarProducts(analysis.embedding(), n, shelf, Set.of());
        return new PhotoSearch(c.version(), analysis.top(3), shelf, hydrate(matches));
    }

    /** Products whose photos look like this product's first photo (404 for an unknown product; empty without a photo). */
    public LookAlikes looksLike(ProductId id, int n) {
        VisualCatalogue c = live();
        Product product = products.find(id).orElseThrow(() -> new NotFoundException("no product " + id));
        List<float[]> embeddings = c.embeddingsOf(product.id().value());
        if (embeddings.isEmpty()) {
            return new LookAlikes(c.version(), List.of());
        }
        return new LookAlikes(c.version(),
                hydrate(c.similarProducts(embeddings.get(0), n, Optional.empty(), Set.of(product.id().value()))));
    }

    private DecodedImage decode(byte[] upload) {
        try {
            decoding.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VisionUnavailableException("interrupted while waiting to decode the photo");
        }
        try {
            return decoder.decode(upload);
        } finally {
            decoding.release();
        }
    }

    /** Matches as products, in rank order; a product deleted since it was indexed is dropped. */
    private List<LookAlike> hydrate(List<VisualMatch> matches) {
        if (matches.isEmpty()) {
            return List.of();
        }
        Map<String, Product> found = new HashMap<>();
        for (Product p : products.findAll(matches.stream().map(m -> new ProductId(m.productId())).toList())) {
            found.put(p.id().value(), p);
        }
        List<LookAlike> out = new ArrayList<>(matches.size());
        for (VisualMatch m : matches) {
            Product p = found.get(m.productId());
            if (p != null) {
                out.add(new LookAlike(p, m.score()));
            }
        }
        return out;
    }

    // ---- retraining

    /** Starts a retraining in the background, or returns the one already running. */
    public RetrainJob submit(String trigger) {
        String id = UUID.randomUUID().toString();
        if (!running.compareAndSet(null, id)) {
            return jobs.get(running.get());
        }
        jobs.put(id, RetrainJob.queued(id, trigger, clock.instant()));
        try {
            executor.execute(() -> run(id));
        } catch (RuntimeException e) {
            running.set(null);
            jobs.computeIfPresent(id, (k, j) -> j.finished(RetrainJob.State.FAILED, clock.instant(), Optional.empty(), "not started: " + e));
        }
        return jobs.get(id);
    }

    /** Submits a retraining when at least {@code minChangedPhotos} photos changed since the live model was trained. */
    public Optional<RetrainJob> retrainIfChanged(int minChangedPhotos, String trigger) {
        if (changedPhotos.get() < minChangedPhotos || live.get() == null) {
            return Optional.empty();
        }
        return Optional.of(submit(trigger));
    }

    public Optional<RetrainJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(String id) {
        try {
            RetrainJob done = retrain(phase -> jobs.computeIfPresent(id, (k, j) -> j.at(phase)), jobs.get(id));
            jobs.put(id, done);
        } finally {
            running.set(null);
        }
    }

    /**
     * Trains on the catalogue's photos, scores the new and the live model on the same held-out photos, and swaps
     * the new model in (with every photo re-embedded) unless it scores worse. Never throws: a failure is recorded
     * and the live model keeps serving.
     */
    RetrainJob retrain(Consumer<String> progress, RetrainJob job) {
        long version = Math.max(registry.lastVersion(KIND), current().map(VisualCatalogue::version).orElse(0L)) + 1;
        int changesAtStart = changedPhotos.get();
        List<LabelledImage> photos = List.of();
        try {
            progress.accept("reading the catalogue's photos");
            photos = trainingPhotos(trainer.inputSize());
            int count = photos.size();
            TrainedModel trained = trainer.train(photos, (epoch, total, loss) ->
                    progress.accept(String.format(java.util.Locale.ROOT, "training on %d photos: epoch %d of %d, loss %.4f", count, epoch, total, loss)));
            Map<String, Double> metrics = new LinkedHashMap<>(trained.metrics());
            VisualCatalogue current = live.get();
            if (current != null && current.model().inputSize() == trainer.inputSize()) {
                progress.accept("scoring the live model on the same held-out photos");
                double liveScore = HoldoutTrainer.evaluate(current.model(), List.of(), trained.holdout()).getOrDefault(DECIDING_METRIC, 0.0);
                metrics.put("live_" + DECIDING_METRIC, liveScore);
                double score = metrics.getOrDefault(DECIDING_METRIC, 0.0);
                if (score < liveScore * (1 - tolerance)) {
                    String why = String.format(java.util.Locale.ROOT, "%s %.4f on the held-out photos is below the live version %d's %.4f",
                            DECIDING_METRIC, score, current.version(), liveScore);
                    registry.record(new ModelVersion(KIND, version, clock.instant(), 0, trained.model().subCategories().size(),
                            count, metrics, ModelVersion.Status.REJECTED, why));
                    LOG.info(() -> "Vision model rejected: " + why);
                    return job.finished(RetrainJob.State.REJECTED, clock.instant(), Optional.of(version), why);
                }
            }
            progress.accept("saving the model");
            Path file = modelFile(version);
            Files.createDirectories(file.getParent());
            trained.model().save(file);
            progress.accept("embedding the catalogue's photos with the new model");
            publish(index(trained.model(), version));
            changedPhotos.addAndGet(-changesAtStart);
            registry.record(new ModelVersion(KIND, version, clock.instant(), 0, trained.model().subCategories().size(),
                    count, metrics, ModelVersion.Status.LIVE, file.toString()));
            LOG.info(() -> "Vision model version " + version + " live: " + metrics);
            return job.finished(RetrainJob.State.LIVE, clock.instant(), Optional.of(version),
                    String.format(java.util.Locale.ROOT, "%s %.4f on %d held-out photos", DECIDING_METRIC,
                            metrics.getOrDefault(DECIDING_METRIC, 0.0), trained.holdout().size()));
        } catch (RuntimeException | IOException | LinkageError | OutOfMemoryError e) {
            building = false;
            LOG.log(Level.WARNING, "Vision training failed; the live model keeps serving", e);
            registry.record(new ModelVersion(KIND, version, clock.instant(), 0, 0, photos.size(), Map.of(),
                    ModelVersion.Status.FAILED, String.valueOf(e)));
            return job.finished(RetrainJob.State.FAILED, clock.instant(), Optional.empty(), "training failed: " + e);
        }
    }

    /** The catalogue's photos labelled by sub-category, at most {@code maxPerSubCategory} of each (a seeded sample). */
    private List<LabelledImage> trainingPhotos(int size) {
        Map<String, List<LabelledImage>> bySub = new LinkedHashMap<>();
        forEachPhotoBatch(batch -> {
            for (StoredPhoto p : batch) {
                tensor(p, size).ifPresent(t -> bySub.computeIfAbsent(p.photo().subCategory(), s -> new ArrayList<>())
                        .add(new LabelledImage(p.photo().subCategory(), t)));
            }
        });
        List<LabelledImage> out = new ArrayList<>();
        Random random = new Random(42);
        for (List<LabelledImage> list : bySub.values()) {
            if (list.size() > maxPerSubCategory) {
                Collections.shuffle(list, random);
            }
            out.addAll(list.subList(0, Math.min(list.size(), maxPerSubCategory)));
        }
        return out;
    }
}
