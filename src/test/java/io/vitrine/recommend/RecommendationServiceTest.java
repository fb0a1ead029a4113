package io.vitrine.recommend;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.platform.models.InMemoryModelRegistry;
import io.vitrine.platform.models.ModelFiles;
import io.vitrine.platform.models.ModelLifecycle;
import io.vitrine.platform.models.ModelVersion;
import io.vitrine.platform.models.RetrainJob;
import io.vitrine.recommend.train.ShopTrainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The swap: a better or equal model goes live; a failed or worse one leaves the live model serving. */
class RecommendationServiceTest {

    static final long DAY = 86_400_000L;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T03:30:00Z"), ZoneOffset.UTC);

    /**
     * Five shoppers view a, b, c in that order in the first days; three more view a, b early and c on day 20, the
     * last day. With a 7-day holdout (cut-off day 13) the test is "c for v1..v3", which the trained blend ranks
     * first (b -> c transitions, a/b/c co-occurrence). 20 filler items come before c in the catalogue, so a model
     * that knows nothing (all scores tied, lower index first) leaves c out of its top 10.
     */
    static TrainingData shop() {
        List<WeightedEvent> events = new ArrayList<>();
        for (int u = 1; u <= 5; u++) {
            events.add(WeightedEvent.of("u" + u, "a", 1, 0));
            events.add(WeightedEvent.of("u" + u, "b", 1, DAY));
            events.add(WeightedEvent.of("u" + u, "c", 1, 2 * DAY));
        }
        for (int v = 1; v <= 3; v++) {
            events.add(WeightedEvent.of("v" + v, "a", 1, DAY));
            events.add(WeightedEvent.of("v" + v, "b", 1, 2 * DAY));
            events.add(WeightedEvent.of("v" + v, "c", 1, 20 * DAY));
        }
        List<CatalogueEntry> catalogue = new ArrayList<>();
        catalogue.add(entry("a"));
        catalogue.add(entry("b"));
        for (int i = 0; i < 20; i++) {
            catalogue.add(entry("filler" + i));
        }
        catalogue.add(entry("c"));
        return new TrainingData(events, catalogue, List.of());
    }

    static CatalogueEntry entry(String id) {
        return new CatalogueEntry(ItemId.of(id), "cat", "sub-" + id, "seller-" + id);
    }

    /** Trained on no events at all: every score ties, so it ranks in catalogue order. */
    static final ModelTrainer KNOWS_NOTHING = data -> new ShopTrainer(CLOCK)
            .train(new TrainingData(List.of(), data.catalogue(), List.of()));
    static final ModelTrainer THROWS = data -> {
        throw new IllegalStateException("out of memory, say");
    };
    /** What a CDI bean referencing EaseTrainer would meet on Payara without ND4J on the class path. */
    static final ModelTrainer MISSING_LIBRARY = data -> {
        throw new NoClassDefFoundError("org/nd4j/linalg/factory/Nd4j");
    };

    @TempDir
    static Path folder;
    final InMemoryModelRegistry registry = new InMemoryModelRegistry();
    ModelTrainer trainer = new ShopTrainer(CLOCK);
    final Path models = folder.resolve(UUID.randomUUID().toString());
    final RecommendationService service = new RecommendationService(null, null);
    final ShopModels engine = new ShopModels(service, data -> trainer.train(data), CLOCK, RecommendSettings.defaults());
    final ModelLifecycle<ShopModel> lifecycle = new ModelLifecycle<>(engine, registry, models, Runnable::run, CLOCK);
    final ModelFiles<ShopModel> files = lifecycle.files();

    RetrainJob retrain() {
        engine.preRead(shop());
        return lifecycle.retrain(RetrainJob.queued("job", "test", CLOCK.instant()), phase -> { });
    }

    /** A new start on the same registry and saved files, with a trainer that fails (so nothing is trained). */
    RecommendationService restart(Clock clock) {
        RecommendationService restarted = new RecommendationService(null, null);
        ShopModels restartedEngine = new ShopModels(restarted, THROWS, clock, RecommendSettings.defaults());
        ModelLifecycle<ShopModel> restartedLifecycle = new ModelLifecycle<>(restartedEngine, registry, models, Runnable::run, clock);
        restartedEngine.restore(restartedLifecycle, RetrainJob.queued("start-up", "test", clock.instant()), phase -> { });
        return restarted;
    }

    @Test
    void aFirstTrainingGoesLiveWithItsHoldoutScore() {
        assertTrue(service.current().isEmpty());
        RetrainJob job = retrain();

        assertEquals(RetrainJob.State.LIVE, job.state(), job.message());
        ShopModel live = service.model();
        assertEquals(1, live.version());
        assertEquals(1.0, live.metrics().get("ndcg@10"), 1e-9, "c ranked first for each of the 3 holdout shoppers");
        assertEquals(3.0, live.metrics().get("holdoutUsers"));
        ModelVersion recorded = registry.latestLive(RecommendationService.KIND).orElseThrow();
        assertEquals(1, recorded.version());
        assertEquals(8, recorded.users());
        assertEquals(23, recorded.items());
        assertEquals(24, recorded.events());
    }

    /**
     * Serving reads memory only: shopper x viewed a; b (co-viewed with a by all 8 shoppers) is out of stock, so c
     * (the same co-occurrence) comes first, explained by the item-kNN part of the blend, which weighs most (1.0
     * against 0.5 for transitions and iALS: three validation shoppers are too few to choose another recipe), with
     * a's name in the asked language.
     */
    @Test
    void servingSkipsOutOfStockItemsAndNamesTheCauseInTheShoppersLanguage() {
        retrain();
        service.histories = new RecentHistories();
        service.histories.seed(new TrainingData(List.of(WeightedEvent.of("x", "a", 1, 30 * DAY)), shop().catalogue(), List.of()));
        service.shelves = new LiveCatalogue();
        List<CatalogueItem> items = new ArrayList<>();
        for (CatalogueEntry e : shop().catalogue()) {
            String id = e.item().value();
            items.add(new CatalogueItem(e.item(), LocalizedText.of("Item " + id, "Article " + id), e.category(),
                    e.subCategory(), e.seller(), new Money(1000, "EUR"), id.equals("b") ? 0 : 5, Optional.empty()));
        }
        service.shelves.put(items);
        service.shelves.names(Map.of("cat", LocalizedText.of("Things", "Choses")));

        Recommendations fr = service.forUser("x", 3, Optional.empty(), Optional.empty(), "fr");
        assertEquals("c", fr.items().get(0).product().id().value());
        assertEquals("semblable à Article a", fr.items().get(0).reason());
        assertTrue(fr.items().stream().noneMatch(i -> i.product().id().value().equals("b")), "b is out of stock");
        assertFalse(fr.fallback());
        assertEquals("similar to Item a", service.forUser("x", 3, Optional.empty(), Optional.empty(), "en").items().get(0).reason());

        Recommendations popular = service.popular(2, Optional.of("cat"), Optional.empty(), "fr");
        assertEquals("populaire dans Choses", popular.items().get(0).reason());
        assertTrue(service.forUser("nobody", 2, Optional.empty(), Optional.empty(), "en").fallback());
    }

    /** Without EASE (no OpenBLAS on the server, or capped to nothing) the plain-Java blend ranks the same c first. */
    @Test
    void theBlendServesWithoutEase() {
        ShopModel model = new ShopTrainer(CLOCK, 0).train(shop());
        List<Recommendation> top = model.blend().recommend(UserHistory.of("x", "a"), 2, BlendRules.none()
                .excluding(java.util.Set.of(ItemId.of("b"))));
        assertEquals("c", top.get(0).item().value());
        assertEquals("similar to a", top.get(0).reason().text(), "item-kNN weighs most there");
    }

    @Test
    void aFailedTrainingKeepsThePreviousModelServing() {
        retrain();
        ShopModel before = service.model();

        trainer = THROWS;
        RetrainJob failed = retrain();
        trainer = MISSING_LIBRARY;
        RetrainJob linkage = retrain();

        assertEquals(RetrainJob.State.FAILED, failed.state());
        assertEquals(RetrainJob.State.FAILED, linkage.state());
        assertTrue(linkage.message().contains("Nd4j"), linkage.message());
        assertSame(before, service.model(), "the very same model object keeps serving");
        assertEquals(List.of(ModelVersion.Status.LIVE, ModelVersion.Status.FAILED, ModelVersion.Status.FAILED), registry.statuses());
    }

    @Test
    void aWorseScoringModelIsRecordedButNotServed() {
        retrain();
        ShopModel before = service.model();

        trainer = KNOWS_NOTHING;
        RetrainJob rejected = retrain();

        assertEquals(RetrainJob.State.REJECTED, rejected.state());
        assertEquals(Optional.of(2L), rejected.version());
        assertSame(before, service.model());
        assertEquals(0.0, registry.versions().get(1).metrics().get("ndcg@10"), 1e-9);
        assertEquals(1, registry.latestLive(RecommendationService.KIND).orElseThrow().version());
    }

    @Test
    void anEquallyGoodRetrainingReplacesTheModelAtomically() {
        retrain();
        ShopModel first = service.model();
        trainer = KNOWS_NOTHING;
        retrain();
        trainer = new ShopTrainer(CLOCK);

        RetrainJob again = retrain();

        assertEquals(RetrainJob.State.LIVE, again.state());
        assertFalse(first == service.model());
        assertEquals(3, service.model().version(), "numbering continues after the rejected version 2");
    }

    @Test
    void beforeAnyTrainingTheServiceSaysNotReady() {
        org.junit.jupiter.api.Assertions.assertThrows(ModelNotReadyException.class, service::model);
    }

    // ---- saved models: a restart serves the last live model instead of training

    @Test
    void theLiveModelIsSavedAndARestartServesItWithoutTraining() throws IOException {
        retrain();
        assertEquals(List.of(1L), files.versions());
        RecommendationService restarted = restart(CLOCK);

        ShopModel loaded = restarted.model();
        assertEquals(1, loaded.version());
        assertEquals(service.model().metrics(), loaded.metrics());
        assertEquals(service.model().trainedAt(), loaded.trainedAt());
        UserHistory x = UserHistory.of("x", "a");
        assertEquals(service.model().blend().recommend(x, 5, BlendRules.none()), loaded.blend().recommend(x, 5, BlendRules.none()),
                "the same rankings and reasons");
        assertEquals("c", loaded.blend().recommend(x, 1, BlendRules.none().excluding(java.util.Set.of(ItemId.of("b")))).get(0).item().value());
        assertEquals(service.model().similar().similarTo(ItemId.of("a"), 3, id -> true),
                loaded.similar().similarTo(ItemId.of("a"), 3, id -> true));
    }

    /** Two days later the saved model still serves at once; a retraining is asked for behind it (no executor here). */
    @Test
    void anOldSavedModelServesWhileItIsRetrained() {
        retrain();
        Clock later = Clock.offset(CLOCK, java.time.Duration.ofDays(2));
        RecommendationService restarted = restart(later);

        assertEquals(1, restarted.model().version());
    }

    @Test
    void onlyTheNewestThreeVersionsAreKept() throws IOException {
        ShopModel model = new ShopTrainer(CLOCK).train(shop());
        for (long v = 1; v <= 5; v++) {
            files.save(model.as(v, Map.of()), v);
        }
        assertEquals(List.of(5L, 4L, 3L), files.versions());
        assertEquals(4, files.load(4).orElseThrow().version());
        assertTrue(files.load(1).isEmpty(), "deleted");
    }

    @Test
    void aTruncatedOrForeignFileIsRefusedSoTheShopTrainsInstead() throws IOException {
        ShopModel model = new ShopTrainer(CLOCK).train(shop());
        Path saved = files.save(model.as(1, Map.of()), 1);
        byte[] bytes = Files.readAllBytes(saved);
        Files.write(saved, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(files.load(1).isEmpty(), "truncated");

        Files.write(files.file(2), "not a model".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(files.load(2).isEmpty(), "not gzip");

        // a serialized object outside the allow-list is never instantiated
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(Files.newOutputStream(files.file(3))))) {
            out.writeObject(new java.io.File("/etc/passwd"));
        }
        assertTrue(files.load(3).isEmpty(), "foreign class");

        // a model saved under another version's name
        files.save(model.as(4, Map.of()), 4);
        Files.move(files.file(4), files.file(5));
        assertTrue(files.load(5).isEmpty(), "version mismatch");
    }
}
