/**
 * Recommendations: the {@link io.vitrine.recommend.Recommender} interface, the neutral training data
 * ({@link io.vitrine.recommend.Interactions}) and the immutable trained models (EASE, iALS, item and content
 * neighbours, session transitions, popularity and trending, bought-together) plus the blend that applies the
 * shop's rules; those are plain Java. Operating them is the CDI part: {@link io.vitrine.recommend.RecommendationService}
 * serves the live {@link io.vitrine.recommend.ShopModel} (swapped atomically) from what it reads instead of the
 * database: the in-memory shopper histories and the
 * {@link io.vitrine.recommend.LiveCatalogue} (names, stock, shelves). Models explain with a
 * {@link io.vitrine.recommend.Reason} (data); the service words it with product and category names in the
 * shopper's language. {@link io.vitrine.recommend.ShopModels} puts the models on the shared lifecycle of
 * {@code platform.models} (retraining jobs, holdout gate, registry, saved models, start-up restore), configured by
 * {@link io.vitrine.recommend.RecommendSettings}. Trainers live in {@code train}, offline evaluation in {@code eval}.
 */
package io.vitrine.recommend;
