package io.vitrine.platform;

/**
 * The caller sent something the shop cannot accept (a bad field, parameter or body); the REST layer answers 400
 * with this message, so it must say what is wrong in the caller's terms and nothing about the server. It is an
 * {@link IllegalArgumentException} so domain code and pages that catch that keep working; a plain
 * {@code IllegalArgumentException} (from a library, or a broken invariant) is a 500 with an incident id instead.
 */
public class InvalidInputException extends IllegalArgumentException {

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
