/**
 * Plain-Java trainers: each turns {@link io.vitrine.recommend.Interactions} into one immutable model of the
 * parent package, testable in milliseconds; {@link io.vitrine.recommend.train.ShopTrainer} builds the bundle the
 * shop serves (without ND4J). {@link io.vitrine.recommend.train.ShopRetraining} scores a retrained bundle on the
 * last days' events before the shared lifecycle decides whether it goes live.
 */
package io.vitrine.recommend.train;
