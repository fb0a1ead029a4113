package io.vitrine.vision.train;

/** Hears about training progress (an admin page shows it); called on the training thread. */
@FunctionalInterface
public interface ProgressListener {

    void epochDone(int epoch, int epochs, double meanLoss);

    static ProgressListener none() {
        return (epoch, epochs, loss) -> {
        };
    }
}
