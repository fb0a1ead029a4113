package io.vitrine.catalog.web;

import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductImage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.Locale;

/** What a product card shows besides the product's own fields: its picture's path and its rating in stars. */
@Named("cards")
@ApplicationScoped
public class ProductCards {

    static final String NO_IMAGE = "/resources/img/no-image.svg";

    /** The first photo's path below the context root, or the placeholder. */
    public String imageUrl(Product p) {
        return p.imageIds().isEmpty() ? NO_IMAGE : ProductImage.url(p.imageIds().get(0));
    }

    public String imageUrl(String imageId) {
        return ProductImage.url(imageId);
    }

    /** "4.3" for a rated product, empty when nobody rated it yet. */
    public String rating(Product p) {
        return p.averageRating().map(r -> String.format(Locale.ROOT, "%.1f", r)).orElse("");
    }

    /** Whole stars out of five for the visual stars: "★★★★☆". */
    public String stars(Product p) {
        int full = (int) Math.round(p.averageRating().orElse(0.0));
        return "★".repeat(full) + "☆".repeat(5 - full);
    }
}
