package io.vitrine.vision.api;

import io.vitrine.vision.LookAlikes;

import java.util.List;

/** Products that look like {@code productId}, most similar first (empty when it has no photo). */
public record LooksLikeResponse(String productId, long modelVersion, List<LookAlikeItem> products) {

    static LooksLikeResponse of(String productId, LookAlikes a) {
        return new LooksLikeResponse(productId, a.modelVersion(), a.products().stream().map(LookAlikeItem::of).toList());
    }
}
