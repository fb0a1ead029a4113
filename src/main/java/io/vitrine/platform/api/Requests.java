package io.vitrine.platform.api;

import io.vitrine.platform.InvalidInputException;

/** What every REST edge checks the same way in a request. */
public final class Requests {

    private Requests() {
    }

    /**
     * The request's JSON body; a 400 saying {@code missing} (what the body should hold) when the request had none,
     * which JSON-B hands over as null.
     */
    public static <T> T body(T body, String missing) {
        if (body == null) {
            throw new InvalidInputException(missing);
        }
        return body;
    }
}
