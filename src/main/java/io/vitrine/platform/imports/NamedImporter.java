package io.vitrine.platform.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@link Importer} made of its kind and the run itself, so a feature's import bean is only its constructor:
 * {@code super(KIND, (path, seller) -> new SomeImporter(repository).importFrom(path))}.
 */
public abstract class NamedImporter implements Importer {

    /** The import itself (what {@link Importer#importFrom} does). */
    @FunctionalInterface
    public interface Run {
        ImportReport importFrom(Path path, Optional<String> seller) throws IOException;
    }

    private final String kind;
    private final Run run;

    protected NamedImporter(String kind, Run run) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.run = Objects.requireNonNull(run, "run");
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public ImportReport importFrom(Path path, Optional<String> seller) throws IOException {
        return run.importFrom(path, seller);
    }
}
