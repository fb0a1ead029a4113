package io.vitrine.platform.imports;

import io.vitrine.catalog.InMemoryCategoryRepository;
import io.vitrine.catalog.InMemoryImageRepository;
import io.vitrine.catalog.InMemoryProductRepository;
import io.vitrine.catalog.InMemorySellerRepository;
import io.vitrine.events.InMemoryEventRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportServiceTest {

    @TempDir
    Path dir;

    private final ImportService service = new ImportService();
    private final InMemoryEventRepository events = new InMemoryEventRepository();

    @BeforeEach
    void wire() {
        service.products = new InMemoryProductRepository();
        service.categories = new InMemoryCategoryRepository();
        service.sellers = new InMemorySellerRepository();
        service.images = new InMemoryImageRepository();
        service.events = events;
        service.importDir = Optional.empty();
    }

    @Test
    void runsTheKindAsked() throws IOException {
        Path file = Files.writeString(dir.resolve("u.data"), "1\t2\t5\t881250949\n");

        ImportReport report = service.run(ImportKind.parse("movielens").orElseThrow(), file, Optional.empty());

        assertEquals("movielens", report.kind());
        assertEquals(1, report.imported());
        assertEquals("ml-2", events.all().get(0).productId().orElseThrow());
    }

    @Test
    void refusesMissingFilesAndFilesOutsideTheImportFolder() throws IOException {
        assertThrows(IllegalArgumentException.class,
                () -> service.importJsonLines(dir.resolve("missing.jsonl")));

        Path allowed = Files.createDirectories(dir.resolve("imports"));
        Path outside = Files.writeString(dir.resolve("events.jsonl"), "");
        service.importDir = Optional.of(allowed.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> service.importJsonLines(allowed.resolve("../events.jsonl")));
        assertTrue(e.getMessage().contains("imports are read from"));
        Files.move(outside, allowed.resolve("events.jsonl"));
        assertEquals(0, service.importJsonLines(allowed.resolve("events.jsonl")).rowsRead());
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
