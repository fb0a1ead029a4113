/**
 * Plain-Java trainers: each turns {@link io.vitrine.recommend.Interactions} into one immutable model of the
 * parent package, testable in milliseconds; {@link io.vitrine.recommend.train.ShopTrainer} builds the bundle the
 * shop serves (without ND4J). {@link io.vitrine.recommend.train.RetrainSchedule} is the daily timer that only asks
 * the service to retrain.
 */
package io.vitrine.recommend.train;
