package io.vitrine.platform.imports;

import io.vitrine.platform.InvalidInputException;

/** An upload above {@link ImportSettings#maxUploadBytes()}, or a ZIP unpacking to more than is allowed: a 413. */
public class UploadTooLargeException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public UploadTooLargeException(String message) {
        super(message);
    }
}
