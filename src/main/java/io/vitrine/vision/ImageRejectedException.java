package io.vitrine.vision;

import java.util.Objects;

/**
 * An upload that is not a usable product photo. Always the client's fault, so the REST layer maps it to a 4xx
 * ({@link Reason#TOO_MANY_BYTES} to 413, {@link Reason#UNSUPPORTED_FORMAT} to 415, the rest to 400/422).
 */
public final class ImageRejectedException extends RuntimeException {

    public enum Reason {
        EMPTY, TOO_MANY_BYTES, NOT_AN_IMAGE, UNSUPPORTED_FORMAT, TOO_MANY_PIXELS, CORRUPT
    }

    private final Reason reason;

    public ImageRejectedException(Reason reason, String message) {
        this(reason, message, null);
    }

    public ImageRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason);
    }

    public Reason reason() {
        return reason;
    }
}
