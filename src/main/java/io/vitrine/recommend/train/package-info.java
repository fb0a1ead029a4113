/**
 * Plain-Java trainers: each turns {@link io.vitrine.recommend.Interactions} into one immutable model of the
 * parent package, testable in milliseconds. Scheduling and publishing the models is not done here.
 */
package io.vitrine.recommend.train;
