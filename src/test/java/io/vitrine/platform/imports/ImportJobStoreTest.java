package io.vitrine.platform.imports;

import io.vitrine.platform.DurableFiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A job's state on disk: replaced whole (a save leaves no temporary file, a temporary file a crash left beside the
 * state is not read), error rows appended and counted in bytes. That each write is forced to disk (the state file and
 * its folder after the rename, the error file before the state counts it) is not observable from a test; what is:
 * the folder can be synced on this system, and every figure read back is what was written.
 */
class ImportJobStoreTest {

    private static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private static final Instant AT = Instant.parse("2026-12-07T15:00:00Z");

    @TempDir
    Path dir;

    private ImportJob queued() {
        return ImportJob.queued(ID, "flipkart", "f.csv", Optional.of("bench"), "admin", "/data/f.csv", AT);
    }

    private static ImportReport counts(long rows, long imported, long rejected) {
        return new ImportReport("flipkart", rows, imported, 0, 0, rejected, List.of(), false, 1_000, 500.0);
    }

    @Test
    void aSavedJobReadsBackAsSavedAndEachSaveReplacesTheLastWhole() {
        ImportJobStore store = new ImportJobStore(dir);
        store.save(queued().running(1_200));
        store.save(queued().running(1_200).committed(counts(500, 499, 1), 42));

        ImportJob loaded = store.load(ID).orElseThrow();
        assertEquals(ImportJob.State.RUNNING, loaded.state());
        assertEquals(1_200, loaded.expectedRows());
        assertEquals(500, loaded.counts().rowsRead());
        assertEquals(499, loaded.counts().imported());
        assertEquals(1, loaded.counts().rejected());
        assertEquals(42, loaded.errorsBytes());
        assertFalse(Files.exists(store.folder(ID).resolve("job.properties.tmp")), "the temporary file was moved");
    }

    @Test
    void aHalfWrittenTemporaryFileOfACrashIsNotRead() throws IOException {
        ImportJobStore store = new ImportJobStore(dir);
        store.save(queued().running(1_200).committed(counts(500, 500, 0), 0));
        Files.writeString(store.folder(ID).resolve("job.properties.tmp"), "id=" + ID + "\nstate=DO", StandardCharsets.UTF_8);

        assertEquals(500, store.load(ID).orElseThrow().counts().rowsRead());
        store.save(queued().running(1_200).committed(counts(1_000, 1_000, 0), 0));
        assertEquals(1_000, store.load(ID).orElseThrow().counts().rowsRead(), "the next save writes over it");
    }

    @Test
    void errorRowsAreAppendedAndTheirLengthIsTheFilesLength() throws IOException {
        ImportJobStore store = new ImportJobStore(dir);
        store.save(queued());

        long header = store.appendErrors(ID, List.of());
        long one = store.appendErrors(ID, List.of(new ImportReport.RowError(7, "bad price 'free'")));
        long same = store.appendErrors(ID, List.of());
        long two = store.appendErrors(ID, List.of(new ImportReport.RowError(9, "=cmd()")));

        assertEquals("line,message\r\n".length(), header);
        assertEquals(header + "7,bad price 'free'\r\n".length(), one);
        assertEquals(one, same, "nothing to append: the length as it is");
        assertEquals(List.of("line,message", "7,bad price 'free'", "9,'=cmd()"),
                Files.readAllLines(store.errors(ID)), "cells neutralised for spreadsheets");
        assertEquals(Files.size(store.errors(ID)), two);

        store.truncateErrors(ID, one);
        assertEquals(List.of("line,message", "7,bad price 'free'"), Files.readAllLines(store.errors(ID)));
    }

    @Test
    void aFolderIsForcedToDiskOnThisSystem() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("jobs"));
        assertTrue(DurableFiles.syncDirectory(folder), "Linux opens a folder for fsync");
    }
}
