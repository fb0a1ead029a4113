package io.vitrine.platform;

/**
 * A feature cannot answer yet because it is still getting ready after start-up (an index being built, a model
 * being trained or loaded, figures being rolled up), or its preparation failed. The REST layer answers 503 with
 * {@code Retry-After} ({@link ProblemMappers.Own}); pages say "soon". Each feature names its own subclass.
 */
public class NotReadyException extends RuntimeException {

    private final int retryAfterSeconds;

    protected NotReadyException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** How long a client should wait before asking again. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
