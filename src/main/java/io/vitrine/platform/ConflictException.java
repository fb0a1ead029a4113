package io.vitrine.platform;

/**
 * The request is valid but clashes with the current state (the product exists already, out of stock, an order that
 * cannot be cancelled any more); the REST layer answers 409 with this message. A plain
 * {@code IllegalStateException} (a library's, or a broken invariant) is a 500 with an incident id instead.
 */
public class ConflictException extends IllegalStateException {

    public ConflictException(String message) {
        super(message);
    }
}
