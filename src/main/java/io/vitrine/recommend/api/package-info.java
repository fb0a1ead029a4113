/**
 * REST edge of the recommender: shopper, product, popular and trending lists under {@code /api/v1} (retraining is
 * {@code /api/v1/admin/models/shop-blend/...} in {@code platform.models.api}). Resources only turn requests into {@link io.vitrine.recommend.RecommendationService} calls.
 */
package io.vitrine.recommend.api;
