package io.vitrine.recommend.train;

import io.vitrine.recommend.BlendRecommender;
import io.vitrine.recommend.CatalogueEntry;
import io.vitrine.recommend.Interactions;
import io.vitrine.recommend.ItemId;
import io.vitrine.recommend.ModelTrainer;
import io.vitrine.recommend.NeighbourRecommender;
import io.vitrine.recommend.PopularityRecommender;
import io.vitrine.recommend.ShopModel;
import io.vitrine.recommend.TrainingData;
import io.vitrine.recommend.TransitionRecommender;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The models the shop serves, all plain Java without ND4J (it is not deployed with the WAR): popularity and
 * trending, item-kNN cosine, session transitions and iALS in a blend, and bought-together from orders. EASE is
 * left out on purpose until ND4J ships with the server (issue 5's --addLibs packaging). Times are milliseconds.
 */
public final class ShopTrainer implements ModelTrainer {

    private static final long DAY = 86_400_000L;

    private final Clock clock;

    public ShopTrainer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ShopModel train(TrainingData data) {
        List<ItemId> catalogue = data.catalogue().stream().map(CatalogueEntry::item).toList();
        Interactions interactions = Interactions.of(data.events(), catalogue);
        PopularityRecommender popularity = new PopularityTrainer(14.0 * DAY, 7 * DAY).train(interactions);
        NeighbourRecommender similar = new ItemKnnTrainer(10, 0.2, 50).train(interactions);
        TransitionRecommender transitions = new TransitionTrainer(3, 0.5, 50).train(interactions);
        NeighbourRecommender together = new BoughtTogetherTrainer(2, 30).train(interactions, data.baskets());
        // weights from the Amazon Beauty validation choices (session-heavy data like a shop's), EASE left out
        List<BlendRecommender.Component> parts = List.of(
                new BlendRecommender.Component(similar, 1.0),
                new BlendRecommender.Component(transitions, 0.5),
                new BlendRecommender.Component(new IalsTrainer(32, 10, 2, 8, 3, 42).train(interactions), 0.5),
                new BlendRecommender.Component(popularity, 0.1));
        Map<ItemId, CatalogueEntry> entries = new LinkedHashMap<>();
        data.catalogue().forEach(e -> entries.put(e.item(), e));
        BlendRecommender blend = new BlendRecommender(parts, popularity, entries);
        return new ShopModel(0, clock.instant(), blend, popularity, similar, together, entries, Map.of());
    }
}
