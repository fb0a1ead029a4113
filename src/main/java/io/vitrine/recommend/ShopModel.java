package io.vitrine.recommend;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The trained models the shop serves, as one immutable bundle so a swap replaces all of them at once: the blend
 * for shoppers, popularity and trending, item-to-item similarity and bought-together, plus the catalogue facts
 * they were trained with.
 */
public record ShopModel(long version, Instant trainedAt, BlendRecommender blend, PopularityRecommender popularity,
                        NeighbourRecommender similar, NeighbourRecommender boughtTogether,
                        Map<ItemId, CatalogueEntry> catalogue, Map<String, Double> metrics) implements java.io.Serializable {

    public ShopModel {
        Objects.requireNonNull(trainedAt, "trainedAt");
        Objects.requireNonNull(blend, "blend");
        Objects.requireNonNull(popularity, "popularity");
        Objects.requireNonNull(similar, "similar");
        Objects.requireNonNull(boughtTogether, "boughtTogether");
        catalogue = Map.copyOf(catalogue);
        metrics = Map.copyOf(metrics);
    }

    /** The same models under another version number and offline metrics (set by the service when published). */
    public ShopModel as(long newVersion, Map<String, Double> newMetrics) {
        return new ShopModel(newVersion, trainedAt, blend, popularity, similar, boughtTogether, catalogue, newMetrics);
    }

    /** The same models with the blend weighted by {@code recipe} (see {@link BlendRecommender#reweighted}). */
    public ShopModel reweighted(Map<String, Double> recipe) {
        return new ShopModel(version, trainedAt, blend.reweighted(recipe), popularity, similar, boughtTogether, catalogue, metrics);
    }

    public Optional<CatalogueEntry> entry(ItemId item) {
        return Optional.ofNullable(catalogue.get(item));
    }

    public boolean knows(ItemId item) {
        return popularity.items().indexOf(item).isPresent();
    }
}
