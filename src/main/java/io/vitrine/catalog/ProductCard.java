package io.vitrine.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vitrine.platform.web.LanguageBean;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * What a product card shows, in one language, worked out once per product version: the product page's path (without a
 * click source, see {@link #sourceParam}), the first photo's path (or the placeholder's), name, brand ("" for none),
 * price ("49,90 €" or "€49.90"), whole stars ("★★★★☆"), average rating ("4.3", "" when unrated), ratings and stock.
 * Pages read its components as properties ({@code #{card.name}}, through {@code platform.web.RecordELResolver}), where
 * a method call such as {@code p.name().in(language.code)} looked the method up (a copy of
 * {@code Class.getMethods()}) on every call.
 * <p>
 * Cards are kept per product <em>instance</em> (weak keys compare by identity): the catalogue read model hands out one
 * immutable instance per product version and a new one with every change (stock, price, name, rating), so a kept card
 * is never stale: a page that reads the changed product gets the new instance and so a new card, as soon as the read
 * model has it. Old instances leave with the snapshots that held them.
 */
public record ProductCard(String id, String href, String imageUrl, String name, String brand, String price, String stars,
                          String rating, int ratingCount, int stock) implements java.io.Serializable {

    static final String NO_IMAGE = "/resources/img/no-image.svg";
    static final String PRODUCT_PAGE = "/catalog/product.xhtml";
    /** Languages a card is made in: a card's index in its product's array. */
    private static final List<String> LANGUAGES = List.of("en", "fr");
    private static final Cache<Product, ProductCard[]> MADE = Caffeine.newBuilder().weakKeys().maximumSize(100_000).build();

    /** The card of {@code p} in {@code language} ("fr", or English for anything else), made once per product version. */
    public static ProductCard of(Product p, String language) {
        int slot = "fr".equalsIgnoreCase(language) ? 1 : 0;
        ProductCard[] byLanguage = MADE.get(p, k -> new ProductCard[LANGUAGES.size()]);
        ProductCard card = byLanguage[slot];
        if (card == null) {
            // two threads may both make it: equal immutable values (final fields), either one is kept
            card = make(p, LANGUAGES.get(slot));
            byLanguage[slot] = card;
        }
        return card;
    }

    /** The cards of {@code products} in {@code language}, in order. */
    public static List<ProductCard> allOf(List<Product> products, String language) {
        return products.stream().map(p -> of(p, language)).toList();
    }

    private static ProductCard make(Product p, String language) {
        return new ProductCard(p.idValue(), linkOf(p, null), imageOf(p), p.name().in(language), p.brand().orElse(""),
                LanguageBean.formatMoney(p.price().cents(), p.price().currency(), Locale.forLanguageTag(language)),
                starsOf(p), ratingOf(p), p.ratingCount(), p.stock());
    }

    /** The first photo's path below the context root, or the placeholder. */
    public static String imageOf(Product p) {
        return p.imageIds().isEmpty() ? NO_IMAGE : ProductImage.url(p.imageIds().get(0));
    }

    /**
     * The product page's path below the context root with the click's source ({@code src}, left out when empty), the
     * link {@code h:link outcome="/catalog/product"} made; a plain link costs the page no navigation look-up per card.
     */
    public static String linkOf(Product p, String source) {
        return PRODUCT_PAGE + "?id=" + URLEncoder.encode(p.idValue(), StandardCharsets.UTF_8) + sourceParam(source);
    }

    /**
     * The query parameter that carries a click's source on a card's link ({@code &src=...}, encoded), empty for no
     * source: a shelf works it out once and puts it after each card's {@link #href}.
     */
    public static String sourceParam(String source) {
        return source == null || source.isEmpty() ? "" : "&src=" + URLEncoder.encode(source, StandardCharsets.UTF_8);
    }

    /** "4.3" for a rated product, empty when nobody rated it yet. */
    public static String ratingOf(Product p) {
        return p.averageRating().map(r -> String.format(Locale.ROOT, "%.1f", r)).orElse("");
    }

    /** Whole stars out of five for the visual stars: "★★★★☆". */
    public static String starsOf(Product p) {
        int full = (int) Math.round(p.averageRating().orElse(0.0));
        return "★".repeat(full) + "☆".repeat(5 - full);
    }
}
