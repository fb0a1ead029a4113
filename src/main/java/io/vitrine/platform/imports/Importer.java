package io.vitrine.platform.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * One file layout Vitrine imports, implemented (as a CDI bean) by the feature that owns the data, so
 * {@link ImportService} and {@link ImportJobs} run catalogue and interaction imports without knowing either feature.
 */
public interface Importer {

    /** The wire name of the layout, lower case: "fashion", "jsonl", ... */
    String kind();

    /**
     * Imports the file or folder at {@code path}, which {@link ImportService} has already checked is readable and
     * allowed. {@code seller} is the seller a catalogue is imported for; layouts without sellers ignore it.
     */
    default ImportReport importFrom(Path path, Optional<String> seller) throws IOException {
        return importFrom(path, seller, ImportProgress.NONE);
    }

    /** The same, resumable and followed by {@code progress} when the layout supports it (else it is ignored). */
    ImportReport importFrom(Path path, Optional<String> seller, ImportProgress progress) throws IOException;

    /** A catalogue layout a seller may upload for its own products (interactions are for admins only). */
    default boolean forSellers() {
        return false;
    }

    /**
     * Does an uploaded file of this layout look like this: {@code fileName} (lower case) and, for a CSV, the columns
     * of its header? Used to pick the layout of an upload that does not name one.
     */
    default boolean recognises(String fileName, Set<String> columns) {
        return false;
    }
}
