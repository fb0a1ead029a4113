package io.vitrine.platform.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * An {@link Importer} made of its kind and the run itself, so a feature's import bean is only its constructor:
 * {@code super(KIND, (path, seller, progress) -> new SomeImporter(repository).importFrom(path))}. A catalogue layout
 * sellers may upload also says which uploads it recognises ({@link #forSellers(String, Run, BiPredicate)}).
 */
public abstract class NamedImporter implements Importer {

    /** The import itself (what {@link Importer#importFrom} does). */
    @FunctionalInterface
    public interface Run {
        ImportReport importFrom(Path path, Optional<String> seller, ImportProgress progress) throws IOException;
    }

    private final String kind;
    private final Run run;
    private final BiPredicate<String, Set<String>> recognises;

    protected NamedImporter(String kind, Run run) {
        this(kind, run, null);
    }

    /** A layout sellers may upload: {@code recognises} tells its uploads by file name and CSV header. */
    protected NamedImporter(String kind, Run run, BiPredicate<String, Set<String>> recognises) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.run = Objects.requireNonNull(run, "run");
        this.recognises = recognises;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public ImportReport importFrom(Path path, Optional<String> seller, ImportProgress progress) throws IOException {
        return run.importFrom(path, seller, progress);
    }

    @Override
    public boolean forSellers() {
        return recognises != null;
    }

    @Override
    public boolean recognises(String fileName, Set<String> columns) {
        return recognises != null && recognises.test(fileName, columns);
    }
}
