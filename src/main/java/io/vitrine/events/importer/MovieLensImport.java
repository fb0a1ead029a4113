package io.vitrine.events.importer;

import io.vitrine.events.EventRepository;
import io.vitrine.platform.imports.NamedImporter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** The "movielens" import kind: users become "ml-user-&lt;id&gt;", items the products "ml-&lt;id&gt;". */
@Dependent
public class MovieLensImport extends NamedImporter {

    public static final String PREFIX = "ml-";

    @Inject
    public MovieLensImport(EventRepository events) {
        super(MovieLensImporter.KIND, (path, seller, progress) -> MovieLensImporter.withPrefix(events, PREFIX).importFrom(path));
    }
}
