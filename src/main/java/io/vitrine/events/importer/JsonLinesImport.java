package io.vitrine.events.importer;

import io.vitrine.events.EventRepository;
import io.vitrine.platform.imports.NamedImporter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** The "jsonl" import kind: interactions as JSON lines ({@link JsonLinesEventImporter}). */
@Dependent
public class JsonLinesImport extends NamedImporter {

    @Inject
    public JsonLinesImport(EventRepository events) {
        super(JsonLinesEventImporter.KIND, (path, seller, progress) -> new JsonLinesEventImporter(events).importFrom(path));
    }
}
