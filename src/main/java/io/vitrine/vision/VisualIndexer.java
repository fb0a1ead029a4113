package io.vitrine.vision;

import io.vitrine.catalog.ImageRepository;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductChanged;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductImage;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.platform.PlatformSettings;
import io.vitrine.vision.train.LabelledImage;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The visual index of the catalogue: the live {@link VisualCatalogue} (model + embeddings + index) in one reference,
 * swapped whole after a model goes live ({@link #rebuild}, every photo embedded) and after each batch of catalogue
 * changes ({@link ProductChanged}), which re-embed only the products that changed. It also counts the photos added
 * or removed since the live model was trained (the retraining trigger) and reads the labelled photos a training
 * needs.
 */
@ApplicationScoped
public class VisualIndexer {

    private static final int BATCH = 32;
    private static final int READ_BATCH = 200;
    private static final Logger LOG = Logger.getLogger(VisualIndexer.class.getName());

    @Inject
    ProductRepository products;
    @Inject
    ImageRepository images;
    @Inject
    VisionSettings settings;
    @Inject
    PlatformSettings platform;
    @Resource
    ManagedExecutorService managedExecutor;

    private Executor executor;
    private ImageDecoder decoder;
    private final AtomicReference<VisualCatalogue> live = new AtomicReference<>();
    private volatile String unavailable = "photo search is starting: the model and the catalogue's photos are loading";
    private final Set<String> dirty = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    /** Products changed while a full index build was reading the catalogue: re-applied after its swap. */
    private final Set<String> changedDuringBuild = ConcurrentHashMap.newKeySet();
    private volatile boolean building;
    private final AtomicInteger changedPhotos = new AtomicInteger();
    /** The embeddings kept between starts (null: none kept, as in tests that do not ask for it). */
    private EmbeddingCache cache;
    private volatile Build lastBuild;

    /** What the latest full build did: photos indexed, of which embedded now and taken from the saved embeddings. */
    record Build(int photos, int embedded, int saved) {
    }

    public VisualIndexer() {
    }

    /** For tests: no container, work done on {@code executor}. */
    VisualIndexer(ProductRepository products, ImageRepository images, VisionSettings settings, Executor executor) {
        this.products = products;
        this.images = images;
        this.settings = settings;
        this.executor = executor;
        this.decoder = settings.decoder();
    }

    /** For tests: as above, keeping the embeddings between builds in {@code cacheDir}. */
    VisualIndexer(ProductRepository products, ImageRepository images, VisionSettings settings, Executor executor,
                  Path cacheDir) {
        this(products, images, settings, executor);
        this.cache = new EmbeddingCache(cacheDir);
    }

    @PostConstruct
    void init() {
        executor = managedExecutor != null ? managedExecutor : Runnable::run;
        decoder = settings.decoder();
        cache = new EmbeddingCache(platform.dataDir().resolve("cache"));
    }

    /** What the latest full build did (null before the first). */
    Build lastBuild() {
        return lastBuild;
    }

    /** The executor of background work: the managed one in the server, the caller's thread in tests. */
    public Executor executor() {
        return executor;
    }

    // ---- the live catalogue

    public Optional<VisualCatalogue> current() {
        return Optional.ofNullable(live.get());
    }

    /** Why nothing serves yet (null once a catalogue is live). */
    public String unavailable() {
        return unavailable;
    }

    /** Photo search cannot serve, and why (switched off, or the model did not load). */
    public void unavailable(String why) {
        building = false;
        unavailable = why;
    }

    /** Embeds every catalogue photo with {@code model} and swaps the result in; changes meanwhile are replayed after. */
    public void rebuild(VisionModel model, long version) {
        publish(index(model, version));
    }

    /**
     * Embeds the photos the saved embeddings of this model do not hold (all of them after a retraining, the new ones
     * on a warm start), indexes them all and saves the embeddings for the next start.
     */
    private VisualCatalogue index(VisionModel model, long version) {
        long t0 = System.nanoTime();
        building = true;
        changedDuringBuild.clear();
        try {
            Map<String, float[]> saved = cache == null ? Map.of() : cache.load(model.fingerprint(), model.embeddingSize());
            List<VisualCatalogue.Entry> entries = new ArrayList<>();
            AtomicInteger embedded = new AtomicInteger();
            forEachPhotoBatch(batch -> {
                List<CataloguePhoto> missing = new ArrayList<>();
                for (CataloguePhoto photo : batch) {
                    float[] known = saved.get(photo.imageId());
                    if (known == null) {
                        missing.add(photo);
                    } else {
                        entries.add(new VisualCatalogue.Entry(photo, known));
                    }
                }
                List<VisualCatalogue.Entry> fresh = embed(model, read(missing));
                embedded.addAndGet(fresh.size());
                entries.addAll(fresh);
            });
            VisualCatalogue catalogue = VisualCatalogue.of(model, version, entries);
            Build build = new Build(entries.size(), embedded.get(), entries.size() - embedded.get());
            if (cache != null) {
                save(model, entries, build.embedded(), saved.size());
            }
            lastBuild = build;
            LOG.info(() -> String.format("Visual index of model version %d: %d photos (%d embedded, %d saved before) in %.1f s",
                    version, catalogue.size(), build.embedded(), build.saved(), (System.nanoTime() - t0) / 1e9));
            return catalogue;
        } catch (RuntimeException | Error e) {
            building = false;
            throw e;
        }
    }

    /** Rewrites the saved embeddings when they differ from what was indexed; a failure only costs the next start time. */
    private void save(VisionModel model, List<VisualCatalogue.Entry> entries, int embedded, int savedBefore) {
        Map<String, float[]> byImage = new LinkedHashMap<>();
        entries.forEach(e -> byImage.put(e.photo().imageId(), e.embedding()));
        if (embedded == 0 && byImage.size() == savedBefore) {
            return; // every photo came from the file and every photo of the file was used: nothing to write
        }
        try {
            cache.save(model.fingerprint(), model.embeddingSize(), byImage);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "photo embeddings not saved; the next start embeds every photo again", e);
        }
    }

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

    /** Every product photo (whose, which shelf, which image), in batches of {@link #READ_BATCH}. */
    private void forEachPhotoBatch(Consumer<List<CataloguePhoto>> action) {
        List<CataloguePhoto> pending = new ArrayList<>(READ_BATCH);
        try (Stream<Product> all = products.streamAll()) {
            for (Product p : (Iterable<Product>) all::iterator) {
                for (String imageId : p.imageIds()) {
                    pending.add(new CataloguePhoto(p.id().value(), p.subCategory(), imageId));
                    if (pending.size() == READ_BATCH) {
                        action.accept(List.copyOf(pending));
                        pending.clear();
                    }
                }
            }
        }
        if (!pending.isEmpty()) {
            action.accept(List.copyOf(pending));
        }
    }

    private record StoredPhoto(CataloguePhoto photo, byte[] bytes) {
    }

    private List<StoredPhoto> read(List<CataloguePhoto> photos) {
        return FoundInOrder.pair(photos, CataloguePhoto::imageId, images::findAll, ProductImage::id,
                (photo, image) -> new StoredPhoto(photo, image.data()));
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
            // the plain view's embedding alone: a model's other test-time views only move its logits
            List<float[]> embeddings = model.embed(tensors);
            for (int i = 0; i < kept.size(); i++) {
                out.add(new VisualCatalogue.Entry(kept.get(i), embeddings.get(i)));
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

    /** The catalogue's photos labelled by sub-category, at most {@code maxPerSubCategory} of each (a seeded sample). */
    public List<LabelledImage> trainingPhotos(int size, int maxPerSubCategory) {
        Map<String, List<LabelledImage>> bySub = new LinkedHashMap<>();
        forEachPhotoBatch(batch -> {
            for (StoredPhoto p : read(batch)) {
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

    /** A batch of an import: noted as one change each, re-embedded by one background refresh. */
    void onProductsChanged(@Observes io.vitrine.catalog.ProductsChanged changes) {
        changes.products().forEach(id -> onProductChanged(new ProductChanged(id, ProductChanged.Change.UPDATED)));
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

    /** A new model went live on photos read when this many changes were counted: those no longer count. */
    public void trainedOn(int changes) {
        changedPhotos.addAndGet(-changes);
    }
}
