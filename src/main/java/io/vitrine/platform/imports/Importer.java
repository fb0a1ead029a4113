package io.vitrine.platform.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One file layout Vitrine imports, implemented (as a CDI bean) by the feature that owns the data, so
 * {@link ImportService} runs catalogue and interaction imports without knowing either feature.
 */
public interface Importer {

    /** The wire name of the layout, lower case: "fashion", "jsonl", ... */
    String kind();

    /**
     * Imports the file or folder at {@code path}, which {@link ImportService} has already checked is readable and
     * allowed. {@code seller} is the seller a catalogue is imported for; layouts without sellers ignore it.
     */
    ImportReport importFrom(Path path, Optional<String> seller) throws IOException;
}
