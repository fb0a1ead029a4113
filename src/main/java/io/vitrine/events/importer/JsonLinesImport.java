package io.vitrine.events.importer;

import io.vitrine.events.EventRepository;
import io.vitrine.platform.imports.ImportReport;
import io.vitrine.platform.imports.Importer;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** The "jsonl" import kind: interactions as JSON lines ({@link JsonLinesEventImporter}). */
@Dependent
public class JsonLinesImport implements Importer {

    private final EventRepository events;

    @Inject
    public JsonLinesImport(EventRepository events) {
        this.events = events;
    }

    @Override
    public String kind() {
        return JsonLinesEventImporter.KIND;
    }

    @Override
    public ImportReport importFrom(Path path, Optional<String> seller) throws IOException {
        return new JsonLinesEventImporter(events).importFrom(path);
    }
}
