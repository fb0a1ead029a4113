package io.vitrine.events.importer;

import io.vitrine.events.InMemoryEventRepository;
import io.vitrine.events.Interaction;
import io.vitrine.events.InteractionType;
import io.vitrine.platform.imports.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLinesEventImporterTest {

    @TempDir
    Path dir;

    private final InMemoryEventRepository events = new InMemoryEventRepository();
    private final JsonLinesEventImporter importer = new JsonLinesEventImporter(events);

    @Test
    void importsGoodLinesAndReportsBadOnesByLine() throws IOException {
        Path file = write("""
                {"type":"view","userId":"u1","productId":"p-1","timestamp":"2024-05-01T10:00:00Z","source":"recommendation:similar"}
                {"type":"rating","userId":"u1","productId":"p-1","timestamp":1714557600000,"rating":5}
                {"type":"add-to-cart","userId":"anon:s9","productId":"p-2","timestamp":"2024-05-01T12:00:00+02:00","quantity":2,"id":"evt-7"}
                {"type":"view","userId":"u1","productId":"p-1","timestamp":"yesterday"}
                {"type":"rating","userId":"u1","productId":"p-1","timestamp":1714557600000}
                {"type":"teleport","userId":"u1","productId":"p-1","timestamp":1714557600000}
                {"type":"view","userId":"u1","productId":"p-1","timestamp":1714557600000,"rating":3}
                {"type":"view","userId":"u1",
                [1,2,3]
                {"type":"purchase","productId":"p-1","timestamp":1714557600000}
                {"type":"search","userId":"u2","query":"red shoes","resultCount":12,"timestamp":1714557600000}
                {"type":"view","userId":"u1","productId":"not a valid id!","timestamp":1714557600000}
                """);

        ImportReport report = importer.importFrom(file);

        assertEquals(12, report.rowsRead());
        assertEquals(4, report.imported());
        assertEquals(8, report.rejected());
        Map<Long, String> errors = new TreeMap<>();
        report.errors().forEach(e -> errors.put(e.line(), e.message()));
        assertEquals(java.util.List.of(4L, 5L, 6L, 7L, 8L, 9L, 10L, 12L), java.util.List.copyOf(errors.keySet()));
        assertTrue(errors.get(4L).startsWith("bad timestamp"));
        assertTrue(errors.get(5L).contains("needs a rating"));
        assertTrue(errors.get(6L).startsWith("unknown type 'teleport'"));
        assertTrue(errors.get(7L).contains("only rating events"));
        assertTrue(errors.get(8L).startsWith("bad JSON"));
        assertTrue(errors.get(9L).startsWith("expected a JSON object"));
        assertTrue(errors.get(10L).startsWith("missing userId"));
        assertTrue(errors.get(12L).startsWith("invalid productId"));

        Interaction view = events.all().get(0);
        assertEquals(InteractionType.VIEW, view.type());
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), view.occurredAt());
        assertEquals("recommendation:similar", view.source().orElseThrow());
        assertTrue(view.id().startsWith("jl:"));
        Interaction cart = events.all().get(2);
        assertEquals("evt-7", cart.id());
        assertEquals(2, cart.quantity());
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), cart.occurredAt());
        assertEquals(5, events.all().get(1).rating().orElseThrow());
        assertEquals("red shoes", events.all().get(3).query().orElseThrow());
    }

    @Test
    void reimportStoresNothingTwice() throws IOException {
        Path file = write("""
                {"type":"view","userId":"u1","productId":"p-1","timestamp":"2024-05-01T10:00:00Z"}
                {"type":"view","userId":"u1","productId":"p-1","timestamp":"2024-05-01T10:00:01Z"}
                {"type":"purchase","userId":"u1","productId":"p-1","timestamp":"2024-05-01T10:05:00Z","id":"order-1-line-1"}
                """);

        ImportReport first = importer.importFrom(file);
        ImportReport again = importer.importFrom(file);

        assertEquals(3, first.imported());
        assertEquals(0, again.imported());
        assertEquals(3, again.skippedDuplicates());
        assertEquals(3, events.count());
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, content);
        return file;
    }
}
