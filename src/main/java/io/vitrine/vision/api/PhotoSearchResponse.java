package io.vitrine.vision.api;

import io.vitrine.vision.PhotoSearch;

import java.util.List;

/**
 * What a photo search answers: the three most likely sub-categories, best first, and the look-alike products
 * ({@code restrictedTo} names the sub-category they were limited to, or is null).
 */
public record PhotoSearchResponse(long modelVersion, List<SubCategoryScore> subCategories, String restrictedTo,
                                  List<LookAlikeItem> products) {

    /** A sub-category the photo may show, with the model's probability. */
    public record SubCategoryScore(String subCategory, double probability) {
    }

    static PhotoSearchResponse of(PhotoSearch s) {
        return new PhotoSearchResponse(s.modelVersion(),
                s.subCategories().stream().map(p -> new SubCategoryScore(p.subCategory(), Math.round(p.probability() * 1e4) / 1e4)).toList(),
                s.restrictedTo().orElse(null), s.products().stream().map(LookAlikeItem::of).toList());
    }
}
