/**
 * Trains the photo CNN: plain Java, no container ({@link io.vitrine.vision.train.VisionTrainer},
 * {@link io.vitrine.vision.train.HoldoutTrainer} with its held-out metrics), and the command that produces the model
 * shipped in {@code models/vision} ({@link io.vitrine.vision.train.DemoVisionModel}, with its own settings; the
 * shop's retraining takes its settings from {@link io.vitrine.vision.VisionSettings}).
 */
package io.vitrine.vision.train;
