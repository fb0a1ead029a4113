package io.vitrine.search;

/** The index is still being built at start-up (or its build failed); the REST layer answers 503 with Retry-After. */
public class SearchUnavailableException extends io.vitrine.platform.NotReadyException {

    public SearchUnavailableException(String message) {
        super(message, 5);
    }
}
