package io.vitrine.vision.train;

import io.vitrine.vision.VisionModel;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A freshly trained model with the photos it was scored on: {@code metrics} are measured on {@code holdout}, photos
 * it never saw in training, so another model can be scored on the same photos before it is replaced.
 */
public record TrainedModel(VisionModel model, Map<String, Double> metrics, int trainCount, List<LabelledImage> holdout) {

    public TrainedModel {
        Objects.requireNonNull(model);
        metrics = Map.copyOf(metrics);
        holdout = List.copyOf(holdout);
    }
}
