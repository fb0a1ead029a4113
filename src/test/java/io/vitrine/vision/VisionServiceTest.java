package io.vitrine.vision;

import io.vitrine.catalog.InMemoryImageRepository;
import io.vitrine.catalog.InMemoryProductRepository;
import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductChanged;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductImage;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.models.InMemoryModelRegistry;
import io.vitrine.platform.models.ModelLifecycle;
import io.vitrine.platform.models.ModelVersion;
import io.vitrine.platform.models.RetrainJob;
import io.vitrine.vision.train.HoldoutTrainer;
import io.vitrine.vision.train.LabelledImage;
import io.vitrine.vision.train.PhotoTrainer;
import io.vitrine.vision.train.ProgressListener;
import io.vitrine.vision.train.TrainedModel;
import io.vitrine.vision.train.VisionTrainer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service with in-memory repositories and a tiny model (16 px, two small conv blocks): indexing, search by
 * photo, look-alikes, catalogue changes, and the retraining paths (live, rejected, failed) with their swap.
 */
class VisionServiceTest {

    private static final int SIZE = 16;
    /** Three shelves the tiny model can tell apart: red squares, blue discs, dark-grey squares. */
    private static final List<String> SUBS = List.of("bags", "caps", "watches");
    private static final Color[] COLOURS = {Color.RED, Color.BLUE, Color.DARK_GRAY};

    private static HoldoutTrainer tinyTrainer;
    private static VisionModel tinyModel;
    private static VisionTrainer.Settings tinySettings;
    private static List<LabelledImage> tinyPhotos;

    @TempDir
    Path dataDir;
    private InMemoryProductRepository products;
    private InMemoryImageRepository images;
    private InMemoryModelRegistry registry;

    @BeforeAll
    static void trainTinyModel() {
        VisionTrainer.Settings settings = VisionTrainer.Settings.defaults().withInputSize(SIZE)
                .withNetwork(List.of(8, 16), 32).withEpochs(30).withBatchSize(8).withAugmentation(0).withTimeBudget(Duration.ZERO);
        tinyTrainer = new HoldoutTrainer(settings, 0.25, 2);
        List<LabelledImage> photos = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            photos.add(new LabelledImage(SUBS.get(i % 3), ImageTensors.letterbox(photo(i).rgb(), SIZE)));
        }
        tinyModel = new VisionTrainer(settings).train(photos, ProgressListener.none());
        tinySettings = settings;
        tinyPhotos = photos;
    }

    /** Photo i: the shape and colour of shelf i % 3, at a size that varies with i. */
    private static DecodedImage photo(int i) {
        return new ImageDecoder().decode(bytes(i));
    }

    private static byte[] bytes(int i) {
        int c = i % 3;
        return TestImages.encode(TestImages.product(40 + 2 * i, 40 + i % 5, COLOURS[c], c == 1), "png");
    }

    @BeforeEach
    void catalogue() {
        products = new InMemoryProductRepository();
        images = new InMemoryImageRepository();
        registry = new InMemoryModelRegistry();
        for (int i = 0; i < 12; i++) {
            addProduct("p" + i, i);
        }
        addProductWithoutPhoto("bare");
    }

    private void addProduct(String id, int photo) {
        Product p = product(id, SUBS.get(photo % 3));
        byte[] bytes = bytes(photo);
        ProductImage image = new ProductImage(p.id(), "image/png", bytes, 40, 40);
        images.save(image);
        p.addImage(image.id());
        products.save(p);
    }

    private void addProductWithoutPhoto(String id) {
        products.save(product(id, "bags"));
    }

    private static Product product(String id, String sub) {
        return Product.builder(new ProductId(id)).seller("s1").name(LocalizedText.of(id, id)).category("fashion", sub)
                .price(Money.euros(1_000)).stock(3).createdAt(Instant.parse("2026-01-01T00:00:00Z")).build();
    }

    private Vision service(PhotoTrainer trainer) {
        return service(trainer, 0.02);
    }

    /** tolerance 1: any retrained model may go live (the tiny trainer's score on 3 held-out photos is noise). */
    private Vision service(PhotoTrainer trainer, double tolerance) {
        Vision service = new Vision(trainer, tolerance);
        service.indexer.rebuild(tinyModel, 1);
        return service;
    }

    /**
     * Photo search as the server wires it, without a container: the index, the serving service, the model engine
     * and its lifecycle, work done on the calling thread; a retraining is due after 2 changed photos.
     */
    private final class Vision {
        final VisualIndexer indexer;
        final VisionService serving;
        final ModelLifecycle<VisionModel> lifecycle;

        Vision(PhotoTrainer trainer, double tolerance) {
            VisionSettings settings = new VisionSettings(true, 5 * 1024 * 1024, tolerance, 70, 40, Integer.MAX_VALUE, 2,
                    true, 60, 2);
            indexer = new VisualIndexer(products, images, settings, Runnable::run);
            serving = new VisionService(indexer, products, settings);
            lifecycle = new ModelLifecycle<>(new PhotoModels(indexer, trainer, settings), registry, dataDir, Runnable::run,
                    java.time.Clock.systemUTC());
        }

        VisualCatalogue live() {
            return serving.live();
        }

        PhotoSearch searchByPhoto(byte[] upload, int n, boolean restrict) {
            return serving.searchByPhoto(upload, n, restrict);
        }

        LookAlikes looksLike(ProductId id, int n) {
            return serving.looksLike(id, n);
        }

        void onProductChanged(ProductChanged change) {
            indexer.onProductChanged(change);
        }

        int changedPhotos() {
            return indexer.changedPhotos();
        }

        RetrainJob retrain(java.util.function.Consumer<String> progress, RetrainJob job) {
            return lifecycle.retrain(job, progress);
        }

        Path modelFile(long version) {
            return lifecycle.files().file(version);
        }

        Optional<RetrainJob> retrainIfDue() {
            return lifecycle.retrainIfDue();
        }

        Optional<RetrainJob> job(String id) {
            return lifecycle.job(id);
        }
    }

    @Test
    void indexesEveryCataloguePhoto() {
        Vision service = service(tinyTrainer);

        assertEquals(12, service.live().size());
        assertEquals(1, service.live().version());
    }

    @Test
    void aWarmStartTakesTheSavedEmbeddingsOfTheSameModelAndEmbedsOnlyNewPhotos() {
        VisionSettings settings = VisionSettings.defaults();
        Path cacheDir = dataDir.resolve("cache");
        VisualIndexer first = new VisualIndexer(products, images, settings, Runnable::run, cacheDir);
        first.rebuild(tinyModel, 1);
        assertEquals(new VisualIndexer.Build(12, 12, 0), first.lastBuild());

        addProduct("p12", 12);
        VisualIndexer second = new VisualIndexer(products, images, settings, Runnable::run, cacheDir);
        second.rebuild(tinyModel, 1);

        assertEquals(new VisualIndexer.Build(13, 1, 12), second.lastBuild(), "only the new photo is embedded");
        for (int i = 0; i < 12; i++) {
            assertArrayEquals(first.current().orElseThrow().embeddingsOf("p" + i).get(0),
                    second.current().orElseThrow().embeddingsOf("p" + i).get(0), 0f, "p" + i);
        }
        VisualIndexer third = new VisualIndexer(products, images, settings, Runnable::run, cacheDir);
        third.rebuild(tinyModel.withCalibration(tinyModel.calibration()), 1);
        assertEquals(new VisualIndexer.Build(13, 0, 13), third.lastBuild(), "the calibration does not change embeddings");
    }

    @Test
    void anotherModelNeverTakesTheSavedEmbeddings() {
        VisionSettings settings = VisionSettings.defaults();
        Path cacheDir = dataDir.resolve("cache");
        new VisualIndexer(products, images, settings, Runnable::run, cacheDir).rebuild(tinyModel, 1);
        VisionModel other = new VisionTrainer(tinySettings.withEpochs(1)).train(tinyPhotos, ProgressListener.none(),
                Optional.of(tinyModel));

        VisualIndexer next = new VisualIndexer(products, images, settings, Runnable::run, cacheDir);
        next.rebuild(other, 2);

        assertNotEquals(tinyModel.fingerprint(), other.fingerprint());
        assertEquals(new VisualIndexer.Build(12, 12, 0), next.lastBuild());
    }

    @Test
    void photoSearchNamesThreeSubCategoriesAndFindsTheSameShelf() {
        Vision service = service(tinyTrainer);

        PhotoSearch result = service.searchByPhoto(bytes(13), 4, false);

        assertEquals(3, result.subCategories().size());
        assertEquals("caps", result.subCategories().get(0).subCategory(), "a blue disc is a cap here: " + result.subCategories());
        assertTrue(result.subCategories().get(0).probability() >= result.subCategories().get(1).probability());
        assertEquals(4, result.products().size());
        assertEquals("caps", result.products().get(0).product().subCategory());
        assertEquals(4, result.products().stream().map(a -> a.product().id()).distinct().count(), "each product once");
        assertTrue(result.restrictedTo().isEmpty());
    }

    @Test
    void restrictedSearchStaysOnThePredictedShelf() {
        Vision service = service(tinyTrainer);

        PhotoSearch result = service.searchByPhoto(bytes(13), 10, true);

        assertEquals(Optional.of("caps"), result.restrictedTo());
        assertEquals(4, result.products().size(), "only the 4 caps of the catalogue");
        assertTrue(result.products().stream().allMatch(a -> a.product().subCategory().equals("caps")));
    }

    @Test
    void looksLikeExcludesTheProductAndPrefersItsShelf() {
        Vision service = service(tinyTrainer);

        LookAlikes alikes = service.looksLike(new ProductId("p0"), 3);

        assertEquals(3, alikes.products().size());
        assertFalse(alikes.products().stream().anyMatch(a -> a.product().id().value().equals("p0")));
        assertTrue(alikes.products().stream().allMatch(a -> a.product().subCategory().equals("bags")), alikes.toString());
        assertTrue(service.looksLike(new ProductId("bare"), 3).products().isEmpty(), "no photo, no look-alikes");
        assertThrows(NotFoundException.class, () -> service.looksLike(new ProductId("nope"), 3));
    }

    @Test
    void badUploadsAreRefusedAndNothingIsServedBeforeTheIndexIsBuilt() {
        Vision service = service(tinyTrainer);
        assertEquals(ImageRejectedException.Reason.NOT_AN_IMAGE,
                assertThrows(ImageRejectedException.class, () -> service.searchByPhoto("hello".getBytes(), 3, false)).reason());
        assertEquals(ImageRejectedException.Reason.TOO_MANY_PIXELS,
                assertThrows(ImageRejectedException.class,
                        () -> service.searchByPhoto(TestImages.pngHeaderOnly(20_000, 20_000), 3, false)).reason());

        Vision cold = new Vision(tinyTrainer, 0.02);
        assertThrows(VisionUnavailableException.class, () -> cold.searchByPhoto(bytes(0), 3, false));
    }

    @Test
    void catalogueChangesReachTheIndex() {
        Vision service = service(tinyTrainer);
        VisualCatalogue before = service.live();

        addProduct("new-cap", 1);
        service.onProductChanged(new ProductChanged(new ProductId("new-cap"), ProductChanged.Change.CREATED));
        products.delete(new ProductId("p0"));
        service.onProductChanged(new ProductChanged(new ProductId("p0"), ProductChanged.Change.DELETED));

        assertEquals(12, service.live().size(), "one photo in, one out");
        assertEquals(1, service.live().embeddingsOf("new-cap").size());
        assertTrue(service.live().embeddingsOf("p0").isEmpty());
        assertSame(before.model(), service.live().model(), "same model, new index");
        VisualCatalogue afterChanges = service.live();
        service.onProductChanged(new ProductChanged(new ProductId("p2"), ProductChanged.Change.UPDATED));
        assertSame(afterChanges, service.live(), "a change that touches no photo leaves the index alone");
        assertEquals(2, service.changedPhotos());
        Set<String> caps = service.searchByPhoto(bytes(1), 10, true).products().stream()
                .map(a -> a.product().id().value()).collect(Collectors.toSet());
        assertTrue(caps.contains("new-cap"), caps.toString());
    }

    @Test
    void retrainingSwapsModelAndIndexTogetherAndRecordsTheVersion() {
        Vision service = service(tinyTrainer, 1.0);
        VisualCatalogue before = service.live();
        addProduct("new-1", 20);
        service.onProductChanged(new ProductChanged(new ProductId("new-1"), ProductChanged.Change.CREATED));
        assertEquals(1, service.changedPhotos());

        RetrainJob job = service.retrain(phase -> { }, RetrainJob.queued("j", "test", Instant.now()));

        assertEquals(RetrainJob.State.LIVE, job.state(), job.message());
        assertEquals(Optional.of(2L), job.version());
        VisualCatalogue after = service.live();
        assertEquals(2, after.version());
        assertFalse(after.model() == before.model());
        assertEquals(13, after.size(), "every photo re-embedded with the new model");
        assertTrue(Files.isRegularFile(service.modelFile(2)));
        assertEquals(List.of(ModelVersion.Status.LIVE), registry.statuses());
        assertTrue(registry.versions().get(0).metrics().containsKey("accuracy"));
        assertEquals(0, service.changedPhotos(), "the trigger count starts again");
    }

    @Test
    void failedTrainingKeepsTheLiveModelServing() {
        PhotoTrainer broken = new PhotoTrainer() {
            @Override
            public int inputSize() {
                return SIZE;
            }

            @Override
            public TrainedModel train(List<LabelledImage> photos, ProgressListener progress) {
                throw new IllegalStateException("out of off-heap memory");
            }
        };
        Vision service = service(broken);
        VisualCatalogue before = service.live();

        RetrainJob job = service.retrain(phase -> { }, RetrainJob.queued("j", "test", Instant.now()));

        assertEquals(RetrainJob.State.FAILED, job.state());
        assertTrue(job.message().contains("out of off-heap memory"));
        assertSame(before, service.live());
        assertEquals(List.of(ModelVersion.Status.FAILED), registry.statuses());
        assertEquals(3, service.searchByPhoto(bytes(2), 3, false).products().size(), "still answering");
    }

    @Test
    void worseModelIsRejectedAndTheLiveOneKeepsServing() {
        // "trains" a model that claims accuracy 0 on held-out photos the live model classifies well
        PhotoTrainer worse = new PhotoTrainer() {
            @Override
            public int inputSize() {
                return SIZE;
            }

            @Override
            public TrainedModel train(List<LabelledImage> photos, ProgressListener progress) {
                return new TrainedModel(tinyModel, Map.of("accuracy", 0.0), photos.size(), photos);
            }
        };
        Vision service = service(worse);
        VisualCatalogue before = service.live();

        RetrainJob job = service.retrain(phase -> { }, RetrainJob.queued("j", "test", Instant.now()));

        assertEquals(RetrainJob.State.REJECTED, job.state(), job.message());
        assertSame(before, service.live());
        assertEquals(List.of(ModelVersion.Status.REJECTED), registry.statuses());
        assertTrue(registry.versions().get(0).metrics().get("live_accuracy") > 0.5);
    }

    @Test
    void scheduleTriggerWaitsForEnoughChangedPhotos() {
        Vision service = service(tinyTrainer, 1.0);

        service.onProductChanged(new ProductChanged(new ProductId("p1"), ProductChanged.Change.UPDATED));
        assertEquals(0, service.changedPhotos(), "a price or stock change changes no photo");
        assertTrue(service.retrainIfDue().isEmpty());
        addProduct("new-1", 20);
        service.onProductChanged(new ProductChanged(new ProductId("new-1"), ProductChanged.Change.CREATED));
        addProduct("new-2", 21);
        service.onProductChanged(new ProductChanged(new ProductId("new-2"), ProductChanged.Change.CREATED));
        assertEquals(2, service.changedPhotos());
        Optional<RetrainJob> job = service.retrainIfDue();

        assertTrue(job.isPresent());
        // the test service trains on the calling thread: the job is done when submit returns
        assertEquals(RetrainJob.State.LIVE, service.job(job.get().id()).orElseThrow().state());
        assertEquals(2, service.live().version());
    }

    /** A retrained model whose file is corrupt at the next start: the shipped model serves, photo search stays up. */
    @Test
    void aCorruptRetrainedModelFallsBackToTheShippedModelAtTheNextStart() throws java.io.IOException {
        Vision service = service(tinyTrainer, 1.0);
        assertEquals(RetrainJob.State.LIVE, service.retrain(phase -> { }, RetrainJob.queued("j", "test", Instant.now())).state());
        Files.write(service.modelFile(2), "not a zip".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        Vision restarted = new Vision(tinyTrainer, 1.0);
        ModelVersion served = restarted.lifecycle.restore().orElseThrow();

        assertEquals(3, served.version(), "the shipped model, recorded as a new live version");
        assertTrue(served.note().startsWith("bundled"), served.note());
        assertEquals(3, restarted.live().version());
        assertEquals(12, restarted.live().size(), "every photo embedded with the shipped model");
    }

    /** DL4J may deserialize optional entries of its zip: a file holding any is refused before DL4J sees it. */
    @Test
    void aPhotoModelFileWithForeignEntriesIsRefusedUnread() throws java.io.IOException {
        Path file = dataDir.resolve("odd.zip");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (String name : List.of("configuration.json", "coefficients.bin", "normalizer.bin")) {
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                zip.write(1);
                zip.closeEntry();
            }
        }
        java.io.IOException refused = assertThrows(java.io.IOException.class, () -> new VisionModelFormat().read(file, 1));
        assertTrue(refused.getMessage().contains("normalizer.bin"), refused.getMessage());
    }
}
