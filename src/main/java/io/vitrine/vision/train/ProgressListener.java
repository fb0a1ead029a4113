package io.vitrine.vision.train;

/** Hears about training progress (an admin page shows it); called on the training thread. */
@FunctionalInterface
public interface ProgressListener {

    void epochDone(int epoch, int epochs, double meanLoss);

    /**
     * After each full epoch: {@code snapshot} copies the network as it is now, so that a long run can keep its best
     * epoch by validation and an interrupted run still leaves a model. Most listeners ignore it.
     */
    default void epochModel(int epoch, java.util.function.Supplier<io.vitrine.vision.VisionModel> snapshot) {
    }

    static ProgressListener none() {
        return (epoch, epochs, loss) -> {
        };
    }
}
