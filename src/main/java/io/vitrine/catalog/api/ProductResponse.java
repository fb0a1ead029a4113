package io.vitrine.catalog.api;

import io.vitrine.catalog.Product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A product as partners see it; image URLs are absolute paths under this API. */
public record ProductResponse(String id, String sellerId, Texts name, Texts description, String category,
                              String subCategory, String brand, Map<String, String> attributes, BigDecimal price,
                              String currency, int stock, boolean inStock, List<String> images, Rating rating,
                              Instant createdAt, Instant updatedAt) {

    public record Texts(String en, String fr) {
    }

    public record Rating(Double average, int count) {
    }

    public static ProductResponse of(Product p) {
        return new ProductResponse(p.id().value(), p.sellerId(), new Texts(p.name().en(), p.name().fr()),
                new Texts(p.description().en(), p.description().fr()), p.category(), p.subCategory(),
                p.brand().orElse(null), p.attributes(), p.price().amount(), p.price().currency(), p.stock(),
                p.inStock(), p.imageIds().stream().map(ImageResource::url).toList(),
                new Rating(p.averageRating().map(a -> Math.round(a * 100) / 100.0).orElse(null), p.ratingCount()),
                p.createdAt(), p.updatedAt());
    }
}
