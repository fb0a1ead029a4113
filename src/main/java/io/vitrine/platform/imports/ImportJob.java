package io.vitrine.platform.imports;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One import as it runs in the background: what was uploaded (or named on the server), for which seller, and how far
 * it is. Immutable; {@link ImportJobs} replaces it after each committed batch and saves it, so a restart resumes it.
 *
 * @param source       the file the importer reads (inside the job's folder for an upload)
 * @param expectedRows about how many rows the file holds (0 until the importer has looked)
 * @param counts       the counts of the rows committed so far (its error list is left empty: errors go to a file)
 * @param errorsBytes  the length of the job's error file at the last committed batch
 */
public record ImportJob(String id, String kind, String fileName, Optional<String> sellerId, String owner, String source,
                        State state, long expectedRows, ImportReport counts, long errorsBytes, String message,
                        Instant submittedAt, Optional<Instant> finishedAt) {

    public enum State {
        QUEUED, RUNNING, DONE, FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    public ImportJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(counts, "counts");
        message = message == null ? "" : message;
    }

    public static ImportJob queued(String id, String kind, String fileName, Optional<String> sellerId, String owner,
                                   String source, Instant at) {
        return new ImportJob(id, kind, fileName, sellerId, owner, source, State.QUEUED, 0, empty(kind), 0, "", at,
                Optional.empty());
    }

    static ImportReport empty(String kind) {
        return new ImportReport(kind, 0, 0, 0, 0, 0, List.of(), false, 0, 0);
    }

    /** Done rows out of the expected ones, 0 to 100; 100 once finished (failed included, so a progress bar stops). */
    public int percent() {
        if (state.finished()) {
            return 100;
        }
        if (expectedRows <= 0) {
            return 0;
        }
        return (int) Math.min(99, counts.rowsRead() * 100 / expectedRows);
    }

    public boolean isFinished() {
        return state.finished();
    }

    ImportJob running(long expected) {
        return new ImportJob(id, kind, fileName, sellerId, owner, source, State.RUNNING, expected, counts, errorsBytes,
                message, submittedAt, finishedAt);
    }

    ImportJob committed(ImportReport soFar, long errorFileBytes) {
        return new ImportJob(id, kind, fileName, sellerId, owner, source, State.RUNNING, expectedRows,
                withoutErrors(soFar), errorFileBytes, message, submittedAt, finishedAt);
    }

    ImportJob done(ImportReport report, long errorFileBytes, Instant at) {
        return new ImportJob(id, kind, fileName, sellerId, owner, source, State.DONE, report.rowsRead(),
                withoutErrors(report), errorFileBytes, "", submittedAt, Optional.of(at));
    }

    ImportJob failed(String why, Instant at) {
        return new ImportJob(id, kind, fileName, sellerId, owner, source, State.FAILED, expectedRows, counts,
                errorsBytes, why, submittedAt, Optional.of(at));
    }

    private static ImportReport withoutErrors(ImportReport r) {
        return new ImportReport(r.kind(), r.rowsRead(), r.imported(), r.updated(), r.skippedDuplicates(), r.rejected(),
                List.of(), r.errorsTruncated(), r.elapsedMillis(), r.rowsPerSecond());
    }
}
