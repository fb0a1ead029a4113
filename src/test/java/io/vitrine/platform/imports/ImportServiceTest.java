package io.vitrine.platform.imports;

import io.vitrine.events.InMemoryEventRepository;
import io.vitrine.events.importer.JsonLinesImport;
import io.vitrine.events.importer.MovieLensImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportServiceTest {

    @TempDir
    Path dir;

    private final InMemoryEventRepository events = new InMemoryEventRepository();
    private ImportService service = withImportDir(Optional.empty());

    /** The importers are CDI beans the features contribute; here the two interaction kinds, by hand. */
    private ImportService withImportDir(Optional<String> importDir) {
        return new ImportService(List.of(new MovieLensImport(events), new JsonLinesImport(events)), importDir);
    }

    @Test
    void runsTheKindAsked() throws IOException {
        Path file = Files.writeString(dir.resolve("u.data"), "1\t2\t5\t881250949\n");

        ImportReport report = service.run("movielens", file, Optional.empty());

        assertEquals("movielens", report.kind());
        assertEquals(1, report.imported());
        assertEquals("ml-2", events.all().get(0).productId().orElseThrow());
    }

    @Test
    void anUnknownKindIsRefusedWithTheKindsThereAre() throws IOException {
        Path file = Files.writeString(dir.resolve("u.data"), "1\t2\t5\t881250949\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> service.run("excel", file, Optional.empty()));

        assertEquals("kind must be one of jsonl, movielens", e.getMessage());
        assertEquals(java.util.Set.of("jsonl", "movielens"), service.kinds());
    }

    @Test
    void refusesMissingFilesAndFilesOutsideTheImportFolder() throws IOException {
        assertThrows(IllegalArgumentException.class,
                () -> service.run("jsonl", dir.resolve("missing.jsonl"), Optional.empty()));

        Path allowed = Files.createDirectories(dir.resolve("imports"));
        Path outside = Files.writeString(dir.resolve("events.jsonl"), "");
        service = withImportDir(Optional.of(allowed.toString()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> service.run("jsonl", allowed.resolve("../events.jsonl"), Optional.empty()));
        assertTrue(e.getMessage().contains("imports are read from"));
        Files.move(outside, allowed.resolve("events.jsonl"));
        assertEquals(0, service.run("jsonl", allowed.resolve("events.jsonl"), Optional.empty()).rowsRead());
    }

    @Test
    void errorListIsCappedButCountsStayExact() {
        ImportTally tally = new ImportTally("t");
        for (int line = ImportTally.MAX_ERRORS + 5; line > 0; line--) {
            tally.rowRead();
            tally.reject(line, "bad");
        }
        ImportReport report = tally.finish();
        assertEquals(ImportTally.MAX_ERRORS + 5, report.rejected());
        assertEquals(ImportTally.MAX_ERRORS, report.errors().size());
        assertTrue(report.errorsTruncated());
        assertTrue(report.errors().get(0).line() < report.errors().get(1).line(), "sorted by line");
    }
}
