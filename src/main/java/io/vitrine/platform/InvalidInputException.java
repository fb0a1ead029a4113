package io.vitrine.platform;

import java.util.List;

/**
 * The caller sent something the shop cannot accept (a bad field, parameter or body); the REST layer answers 400
 * with this message, so it must say what is wrong in the caller's terms and nothing about the server. It is an
 * {@link IllegalArgumentException} so domain code and pages that catch that keep working; a plain
 * {@code IllegalArgumentException} (from a library, or a broken invariant) is a 500 with an incident id instead.
 */
public class InvalidInputException extends IllegalArgumentException {

    /** Field-level messages of a request checked in plain Java, answered as Bean Validation's violations are. */
    private final List<Problem.FieldError> errors;

    public InvalidInputException(String message) {
        this(message, List.of());
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
        this.errors = List.of();
    }

    private InvalidInputException(String message, List<Problem.FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** The fields' messages, in the answer's {@code errors} and its detail, the form a Bean Validation 400 has. */
    public static InvalidInputException ofFields(List<Problem.FieldError> errors) {
        return new InvalidInputException(Problem.FieldError.detail(errors), errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
