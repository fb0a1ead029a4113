package io.vitrine.vision.api;

import io.vitrine.vision.PhotoSearch;

import java.util.List;

/**
 * What a photo search answers: the three most likely sub-categories, best first, with calibrated probabilities, and
 * the look-alike products ({@code restrictedTo} names the sub-category they were limited to, or is null).
 * {@code closeMatch} false: the photo is unlike anything the shop sells; {@code message} then says "no close match
 * in this shop" and {@code products} are the closest the shop has ({@code productsAre} "closest-we-have" instead of
 * "look-alikes").
 */
public record PhotoSearchResponse(long modelVersion, List<SubCategoryScore> subCategories, String restrictedTo,
                                  List<LookAlikeItem> products, boolean closeMatch, double inShopScore, String message,
                                  String productsAre) {

    public static final String NO_CLOSE_MATCH = "no close match in this shop";

    /** A sub-category the photo may show, with the model's calibrated probability. */
    public record SubCategoryScore(String subCategory, double probability) {
    }

    static PhotoSearchResponse of(PhotoSearch s) {
        return new PhotoSearchResponse(s.modelVersion(),
                s.subCategories().stream().map(p -> new SubCategoryScore(p.subCategory(), Math.round(p.probability() * 1e4) / 1e4)).toList(),
                s.restrictedTo().orElse(null), s.products().stream().map(LookAlikeItem::of).toList(), s.closeMatch(),
                Math.round(s.inShopScore() * 1e4) / 1e4, s.closeMatch() ? null : NO_CLOSE_MATCH,
                s.closeMatch() ? "look-alikes" : "closest-we-have");
    }
}
