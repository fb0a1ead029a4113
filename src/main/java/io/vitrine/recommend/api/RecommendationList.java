package io.vitrine.recommend.api;

import io.vitrine.catalog.ProductImage;
import io.vitrine.recommend.CatalogueItem;
import io.vitrine.recommend.Recommendations;

import java.math.BigDecimal;
import java.util.List;

/**
 * A recommendation list as JSON; {@code fallback} says the list is popular items because the model knew nothing;
 * {@code experiment} and {@code variant} name the experiment that served it (null outside one): a partner sends
 * {@code recommendation:rest:<experiment>:<variant>} as the {@code source} of the clicks and carts that follow.
 */
public record RecommendationList(List<Item> items, long modelVersion, boolean fallback, String experiment, String variant) {

    /** One recommended product; {@code image} is null for a product without a photo. */
    public record Item(String productId, String name, BigDecimal price, String currency, String image, double score,
                       String reason) {

        static Item of(Recommendations.Item r, String language) {
            CatalogueItem p = r.product();
            String image = p.imageId().map(ProductImage::url).orElse(null);
            return new Item(p.id().value(), p.name().in(language), p.price().amount(), p.price().currency(), image,
                    r.score(), r.reason());
        }
    }

    /** {@code language} picks the product names ("fr" or English); the reasons are already in it. */
    static RecommendationList of(Recommendations r, String language) {
        List<Item> items = new java.util.ArrayList<>(r.items().size());
        for (Recommendations.Item i : r.items()) {
            items.add(Item.of(i, language));
        }
        return new RecommendationList(items, r.modelVersion(), r.fallback(),
                r.experiment().map(Recommendations.Arm::experiment).orElse(null), r.experiment().map(Recommendations.Arm::variant).orElse(null));
    }
}
