/**
 * Trains the photo CNN: plain Java, no container, so tests and the benchmark call it directly and a scheduled
 * job elsewhere only has to call {@link io.vitrine.vision.train.VisionTrainer#train} and publish the model.
 */
package io.vitrine.vision.train;
