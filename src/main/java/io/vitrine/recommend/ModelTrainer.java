package io.vitrine.recommend;

/** Turns training data into a servable bundle; the seam where tests put a fake that fails or scores badly. */
@FunctionalInterface
public interface ModelTrainer {

    ShopModel train(TrainingData data);
}
