package io.vitrine.analytics;

/** The first roll-up has not finished (or failed); the REST layer answers 503 with Retry-After, pages say "soon". */
public class AnalyticsUnavailableException extends io.vitrine.platform.NotReadyException {

    public AnalyticsUnavailableException(String message) {
        super(message, 10);
    }
}
