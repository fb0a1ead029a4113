/**
 * Trains the photo CNN: plain Java, no container ({@link io.vitrine.vision.train.VisionTrainer},
 * {@link io.vitrine.vision.train.HoldoutTrainer} with its held-out metrics), the command that produces the model
 * shipped in {@code models/vision} ({@link io.vitrine.vision.train.DemoVisionModel}), and the interval timer that
 * asks the service to retrain when enough catalogue photos changed.
 */
package io.vitrine.vision.train;
