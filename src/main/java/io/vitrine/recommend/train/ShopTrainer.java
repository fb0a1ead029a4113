package io.vitrine.recommend.train;

import io.vitrine.recommend.BlendRecommender;
import io.vitrine.recommend.CatalogueEntry;
import io.vitrine.recommend.EaseRecommender;
import io.vitrine.recommend.Interactions;
import io.vitrine.recommend.ItemId;
import io.vitrine.recommend.ModelTrainer;
import io.vitrine.recommend.NeighbourRecommender;
import io.vitrine.recommend.PopularityRecommender;
import io.vitrine.recommend.ShopModel;
import io.vitrine.recommend.TrainingData;
import io.vitrine.recommend.TransitionRecommender;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The models the shop serves: popularity and trending, item-kNN cosine for "similar", bought-together from orders,
 * and a blend for shoppers. The blend is EASE read with a recency decay + session transitions + popularity, the
 * weights the Amazon Beauty validation split chose (session-heavy data like a shop's). EASE needs the OpenBLAS that
 * ND4J ships (Payara's --addLibs); without it, or when it fails, the blend falls back to the plain-Java models
 * chosen on the same split without EASE: item-kNN + transitions + iALS + popularity. Catalogues above
 * {@code maxEaseItems} keep EASE for their most engaged items only (memory and time grow with its square and cube).
 * Times are milliseconds.
 */
public final class ShopTrainer implements ModelTrainer {

    private static final Logger LOG = Logger.getLogger(ShopTrainer.class.getName());
    private static final long DAY = 86_400_000L;
    /** About 100 MB of weights and a few seconds of Cholesky on 2 cores. */
    public static final int MAX_EASE_ITEMS = 5_000;

    private final Clock clock;
    private final int maxEaseItems;

    public ShopTrainer(Clock clock) {
        this(clock, MAX_EASE_ITEMS);
    }

    /** {@code maxEaseItems} 0 leaves EASE out. */
    public ShopTrainer(Clock clock, int maxEaseItems) {
        this.clock = clock;
        this.maxEaseItems = maxEaseItems;
    }

    @Override
    public ShopModel train(TrainingData data) {
        List<ItemId> catalogue = data.catalogue().stream().map(CatalogueEntry::item).toList();
        Interactions interactions = Interactions.of(data.events(), catalogue);
        PopularityRecommender popularity = new PopularityTrainer(14.0 * DAY, 7 * DAY).train(interactions);
        NeighbourRecommender similar = new ItemKnnTrainer(10, 0.2, 50).train(interactions);
        TransitionRecommender transitions = new TransitionTrainer(3, 0.5, 50).train(interactions);
        NeighbourRecommender together = new BoughtTogetherTrainer(2, 30).train(interactions, data.baskets());
        List<BlendRecommender.Component> parts = new ArrayList<>();
        Optional<EaseRecommender> ease = ease(interactions);
        if (ease.isPresent()) {
            parts.add(new BlendRecommender.Component(ease.get().withRecencyDecay(0.7), 1.0));
            parts.add(new BlendRecommender.Component(transitions, 0.5));
        } else {
            parts.add(new BlendRecommender.Component(similar, 1.0));
            parts.add(new BlendRecommender.Component(transitions, 0.5));
            parts.add(new BlendRecommender.Component(new IalsTrainer(32, 10, 2, 8, 3, 42).train(interactions), 0.5));
        }
        parts.add(new BlendRecommender.Component(popularity, 0.1));
        Map<ItemId, CatalogueEntry> entries = new LinkedHashMap<>();
        data.catalogue().forEach(e -> entries.put(e.item(), e));
        BlendRecommender blend = new BlendRecommender(parts, popularity, entries);
        return new ShopModel(0, clock.instant(), blend, popularity, similar, together, entries, Map.of());
    }

    /** EASE (lambda 100, as chosen on Amazon Beauty), or nothing when it cannot be trained here. */
    private Optional<EaseRecommender> ease(Interactions data) {
        if (maxEaseItems < 1 || Arrays.stream(data.itemDegrees()).noneMatch(d -> d > 0)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EaseTrainer(100, maxEaseItems).train(data));
        } catch (LinkageError | RuntimeException e) {
            // LinkageError: no OpenBLAS/ND4J at run time (a server started without --addLibs)
            LOG.log(Level.WARNING, "EASE not trained, the blend serves without it: " + e, e);
            return Optional.empty();
        }
    }
}
