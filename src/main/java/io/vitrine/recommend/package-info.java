/**
 * Recommendations: the {@link io.vitrine.recommend.Recommender} interface, the neutral training data
 * ({@link io.vitrine.recommend.Interactions}) and the immutable trained models (EASE, iALS, item and content
 * neighbours, session transitions, popularity and trending, bought-together) plus the blend that applies the
 * shop's rules; those are plain Java. Operating them is the CDI part: {@link io.vitrine.recommend.RecommendationService}
 * (live {@link io.vitrine.recommend.ShopModel} swapped atomically, holdout check, serving), the model registry and
 * what serving reads instead of the database: the in-memory shopper histories and the
 * {@link io.vitrine.recommend.LiveCatalogue} (names, stock, shelves). Models explain with a
 * {@link io.vitrine.recommend.Reason} (data); the service words it with product and category names in the
 * shopper's language. Trainers live in {@code train}, offline evaluation in {@code eval}.
 */
package io.vitrine.recommend;
