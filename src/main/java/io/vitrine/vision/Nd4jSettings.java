package io.vitrine.vision;

import org.nd4j.linalg.factory.Nd4j;

import java.util.logging.Logger;

/**
 * ND4J's CPU threads for this JVM. OpenMP reads {@code OMP_NUM_THREADS} once at start (the run command sets it);
 * this caps ND4J's own thread pools to the same number, so a training on a shared 2-core machine does not start one
 * thread per core of a bigger host. Off-heap limits ({@code org.bytedeco.javacpp.maxbytes},
 * {@code maxphysicalbytes}) are JVM options of the run command: they must be set before ND4J loads.
 */
final class Nd4jSettings {

    private static final Logger LOG = Logger.getLogger(Nd4jSettings.class.getName());

    private Nd4jSettings() {
    }

    static void threads(int threads) {
        if (threads <= 0) {
            return;
        }
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        LOG.info(() -> "ND4J threads: " + threads + " (OMP_NUM_THREADS=" + System.getenv("OMP_NUM_THREADS")
                + ", javacpp maxbytes=" + System.getProperty("org.bytedeco.javacpp.maxbytes")
                + ", maxphysicalbytes=" + System.getProperty("org.bytedeco.javacpp.maxphysicalbytes") + ")");
    }
}
