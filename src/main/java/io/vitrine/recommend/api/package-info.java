/**
 * REST edge of the recommender: shopper, product, popular and trending lists under {@code /api/v1}, and the admin
 * retraining trigger. Resources only turn requests into {@link io.vitrine.recommend.RecommendationService} calls.
 */
package io.vitrine.recommend.api;
