package io.vitrine.platform.models;

import java.io.IOException;
import java.nio.file.Path;

/**
 * How a model kind writes and reads its file. Reading must be safe on a file that is truncated, foreign or crafted:
 * it throws (an {@link IOException} or a runtime exception) instead of executing or half-loading anything, and the
 * lifecycle then falls back to the previous version or the shipped model.
 */
public interface ModelFormat<M> {

    void write(M model, Path file) throws IOException;

    /** The model saved as {@code version}; throws when the file is not exactly that. */
    M read(Path file, long version) throws IOException;
}
