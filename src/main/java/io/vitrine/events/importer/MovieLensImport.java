package io.vitrine.events.importer;

import io.vitrine.events.EventRepository;
import io.vitrine.platform.imports.ImportReport;
import io.vitrine.platform.imports.Importer;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** The "movielens" import kind: users become "ml-user-&lt;id&gt;", items the products "ml-&lt;id&gt;". */
@Dependent
public class MovieLensImport implements Importer {

    public static final String PREFIX = "ml-";

    private final EventRepository events;

    @Inject
    public MovieLensImport(EventRepository events) {
        this.events = events;
    }

    @Override
    public String kind() {
        return MovieLensImporter.KIND;
    }

    @Override
    public ImportReport importFrom(Path path, Optional<String> seller) throws IOException {
        return MovieLensImporter.withPrefix(events, PREFIX).importFrom(path);
    }
}
