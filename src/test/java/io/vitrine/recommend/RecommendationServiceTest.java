package io.vitrine.recommend;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.platform.models.InMemoryModelRegistry;
import io.vitrine.platform.models.ModelVersion;
import io.vitrine.platform.models.RetrainJob;
import io.vitrine.recommend.train.ShopTrainer;
import org.junit.jupiter.api.Test;

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
        List<Interaction> events = new ArrayList<>();
        for (int u = 1; u <= 5; u++) {
            events.add(Interaction.of("u" + u, "a", 1, 0));
            events.add(Interaction.of("u" + u, "b", 1, DAY));
            events.add(Interaction.of("u" + u, "c", 1, 2 * DAY));
        }
        for (int v = 1; v <= 3; v++) {
            events.add(Interaction.of("v" + v, "a", 1, DAY));
            events.add(Interaction.of("v" + v, "b", 1, 2 * DAY));
            events.add(Interaction.of("v" + v, "c", 1, 20 * DAY));
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

    final InMemoryModelRegistry registry = new InMemoryModelRegistry();
    ModelTrainer trainer = new ShopTrainer(CLOCK);
    final RecommendationService service = new RecommendationService(data -> trainer.train(data), registry, CLOCK, 7, 0.02);

    RetrainJob retrain() {
        return service.retrain(shop(), phase -> { }, RetrainJob.queued("job", "test", CLOCK.instant()));
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
        service.histories.seed(new TrainingData(List.of(Interaction.of("x", "a", 1, 30 * DAY)), shop().catalogue(), List.of()));
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
}
