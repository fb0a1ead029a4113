package io.vitrine.catalog.web;

import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductCard;
import io.vitrine.catalog.ProductImage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * What a product card shows besides the product's own fields, for pages that show a {@link Product} rather than its
 * {@link ProductCard} (search results, comparison): its picture's path, its link and its rating in stars. Each method
 * has its own name (no overloads): EL picks among same-named methods by trying to convert the arguments to every
 * candidate's parameter types, on every call.
 */
@Named("cards")
@ApplicationScoped
public class ProductCards {

    /** The first photo's path below the context root, or the placeholder. */
    public String imageUrl(Product p) {
        return ProductCard.imageOf(p);
    }

    /** One photo's path below the context root. */
    public String photoUrl(String imageId) {
        return ProductImage.url(imageId);
    }

    /** The product page's path below the context root with the click's source ({@code src}, left out when empty). */
    public String link(Product p, String source) {
        return ProductCard.linkOf(p, source);
    }

    /** "4.3" for a rated product, empty when nobody rated it yet. */
    public String rating(Product p) {
        return ProductCard.ratingOf(p);
    }

    /** Whole stars out of five for the visual stars: "★★★★☆". */
    public String stars(Product p) {
        return ProductCard.starsOf(p);
    }
}
