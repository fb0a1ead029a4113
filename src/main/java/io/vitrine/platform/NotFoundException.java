package io.vitrine.platform;

/** A resource the caller named does not exist; the REST layer answers 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
