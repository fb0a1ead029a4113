package io.vitrine.vision.api;

import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductImage;
import io.vitrine.vision.LookAlike;

import java.math.BigDecimal;

/** A product that looks like the query; {@code image} is the URL of its first photo, {@code similarity} a cosine. */
public record LookAlikeItem(String productId, String name, String subCategory, BigDecimal price, String currency,
                            String image, double similarity) {

    static LookAlikeItem of(LookAlike a) {
        Product p = a.product();
        String image = p.imageIds().isEmpty() ? null : ProductImage.url(p.imageIds().get(0));
        return new LookAlikeItem(p.id().value(), p.name().en(), p.subCategory(), p.price().amount(), p.price().currency(),
                image, Math.round(a.similarity() * 1e4) / 1e4);
    }
}
