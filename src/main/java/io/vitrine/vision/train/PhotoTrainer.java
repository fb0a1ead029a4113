package io.vitrine.vision.train;

import java.util.List;

/**
 * Trains a photo model and says how good it is. {@link HoldoutTrainer} is the real one; the service's tests pass a
 * tiny or failing one.
 */
public interface PhotoTrainer {

    /** The side, in pixels, of the tensors {@link #train} expects (see {@link io.vitrine.vision.ImageTensors#letterbox}). */
    int inputSize();

    TrainedModel train(List<LabelledImage> photos, ProgressListener progress);
}
