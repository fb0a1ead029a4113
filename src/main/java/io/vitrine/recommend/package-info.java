/**
 * Recommendations: the {@link io.vitrine.recommend.Recommender} interface, the neutral training data
 * ({@link io.vitrine.recommend.Interactions}) and the immutable trained models (EASE, iALS, item and content
 * neighbours, session transitions, popularity and trending, bought-together) plus the blend that applies the
 * shop's rules. Plain Java: no CDI, JAX-RS or database code here; trainers live in {@code train}, offline
 * evaluation in {@code eval}.
 */
package io.vitrine.recommend;
