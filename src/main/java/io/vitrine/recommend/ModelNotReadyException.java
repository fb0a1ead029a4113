package io.vitrine.recommend;

/** No model has been trained yet since start-up (training runs in the background); the caller should retry. */
public class ModelNotReadyException extends io.vitrine.platform.NotReadyException {

    public static final int RETRY_AFTER_SECONDS = 10;

    public ModelNotReadyException() {
        super("the recommendation models are being trained; retry in " + RETRY_AFTER_SECONDS + " seconds",
                RETRY_AFTER_SECONDS);
    }
}
