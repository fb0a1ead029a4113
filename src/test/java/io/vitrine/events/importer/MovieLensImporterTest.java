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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MovieLensImporterTest {

    @TempDir
    Path dir;

    private final InMemoryEventRepository events = new InMemoryEventRepository();
    private final MovieLensImporter importer = MovieLensImporter.withPrefix(events, "ml-");

    @Test
    void eachRowBecomesARatingAndBadRowsAreReportedByLine() throws IOException {
        Path file = write("196\t242\t3\t881250949\n"
                + "186\t302\t3\n"                // line 2: 3 columns
                + "22\t377\t7\t878887116\n"       // line 3: rating out of range
                + "\n"                            // line 4: blank, ignored
                + "244\tabc\t2\t880606923\n"      // line 5: bad item
                + "166\t346\t1\t886397596\n");

        ImportReport report = importer.importFrom(file);

        assertEquals(5, report.rowsRead());
        assertEquals(2, report.imported());
        assertEquals(3, report.rejected());
        assertEquals(List.of(2L, 3L, 5L), report.errors().stream().map(ImportReport.RowError::line).toList());
        assertTrue(report.errors().get(1).message().contains("rating 7"));
        Interaction first = events.all().get(0);
        assertEquals("ml:196:242:881250949", first.id());
        assertEquals(InteractionType.RATING, first.type());
        assertEquals("ml-user-196", first.userId());
        assertEquals("ml-242", first.productId().orElseThrow());
        assertEquals(3, first.rating().orElseThrow());
        assertEquals(Instant.ofEpochSecond(881250949), first.occurredAt());
        assertEquals("import:movielens", first.source().orElseThrow());
    }

    @Test
    void reimportSkipsEveryKnownRating() throws IOException {
        Path file = write("196 242 3 881250949\n186 302 3 891717742\n186 302 3 891717742\n");

        ImportReport first = importer.importFrom(file);
        ImportReport again = importer.importFrom(file);

        assertEquals(2, first.imported());
        assertEquals(1, first.skippedDuplicates(), "the repeated row is one event");
        assertEquals(0, again.imported());
        assertEquals(3, again.skippedDuplicates());
        assertEquals(2, events.count());
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("u.data");
        Files.writeString(file, content);
        return file;
    }
}
