package io.vitrine.vision;

/** Photo search cannot answer yet (the model is loading or indexing the catalogue) or at all (no model runtime). */
public class VisionUnavailableException extends io.vitrine.platform.NotReadyException {

    public static final int RETRY_AFTER_SECONDS = 10;

    public VisionUnavailableException(String message) {
        super(message, RETRY_AFTER_SECONDS);
    }
}
