package io.vitrine.recommend.api;

import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductImage;
import io.vitrine.recommend.Recommendations;

import java.math.BigDecimal;
import java.util.List;

/** A recommendation list as JSON; {@code fallback} says the list is popular items because the model knew nothing. */
public record RecommendationList(List<Item> items, long modelVersion, boolean fallback) {

    /** One recommended product; {@code image} is null for a product without a photo. */
    public record Item(String productId, String name, BigDecimal price, String currency, String image, double score,
                       String reason) {

        static Item of(Recommendations.Item r) {
            Product p = r.product();
            String image = p.imageIds().isEmpty() ? null : ProductImage.url(p.imageIds().get(0));
            return new Item(p.id().value(), p.name().en(), p.price().amount(), p.price().currency(), image, r.score(),
                    r.reason());
        }
    }

    static RecommendationList of(Recommendations r) {
        return new RecommendationList(r.items().stream().map(Item::of).toList(), r.modelVersion(), r.fallback());
    }
}
