package io.vitrine.catalog.web;

import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductImage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a product card shows besides the product's own fields: its picture's path, its link and its rating in stars.
 * Each method has its own name (no overloads): EL picks among same-named methods by trying to convert the arguments
 * to every candidate's parameter types, on every call.
 */
@Named("cards")
@ApplicationScoped
public class ProductCards {

    static final String NO_IMAGE = "/resources/img/no-image.svg";
    static final String PRODUCT_PAGE = "/catalog/product.xhtml";

    /** The first photo's path below the context root, or the placeholder. */
    public String imageUrl(Product p) {
        return p.imageIds().isEmpty() ? NO_IMAGE : ProductImage.url(p.imageIds().get(0));
    }

    /** One photo's path below the context root. */
    public String photoUrl(String imageId) {
        return ProductImage.url(imageId);
    }

    /**
     * The product page's path below the context root with the click's source ({@code src}, left out when empty), the
     * link {@code h:link outcome="/catalog/product"} made; a plain link costs the page no navigation look-up per card.
     */
    public String link(Product p, String source) {
        String path = PRODUCT_PAGE + "?id=" + URLEncoder.encode(p.id().value(), StandardCharsets.UTF_8);
        return source == null || source.isEmpty() ? path : path + "&src=" + URLEncoder.encode(source, StandardCharsets.UTF_8);
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
