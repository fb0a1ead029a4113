package io.vitrine.platform.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Counts one import as it runs and turns into its {@link ImportReport}; one per import, not thread-safe. A resumed
 * import starts from the counts its {@link ImportProgress} committed earlier and skips that many rows.
 */
public final class ImportTally {

    /** Rows written per repository call: large enough to amortise round trips, small enough to stream. */
    public static final int BATCH_SIZE = 500;
    /** A file of a million bad rows must not produce a million-entry report. */
    public static final int MAX_ERRORS = 1000;

    private final String kind;
    private final ImportProgress progress;
    private final long startNanos = System.nanoTime();
    /** Rows an earlier run committed: they are read past without being counted again. */
    private long toSkip;
    private long resumedRows;
    private int errorsTold;
    private long rowsRead;
    private long imported;
    private long updated;
    private long skipped;
    private long rejected;
    private final List<ImportReport.RowError> errors = new ArrayList<>();
    private boolean truncated;

    public ImportTally(String kind) {
        this(kind, ImportProgress.NONE);
    }

    public ImportTally(String kind, ImportProgress progress) {
        this.kind = kind;
        this.progress = progress;
        progress.resumeFrom().ifPresent(earlier -> {
            toSkip = earlier.rowsRead();
            resumedRows = earlier.rowsRead();
            rowsRead = earlier.rowsRead();
            imported = earlier.imported();
            updated = earlier.updated();
            skipped = earlier.skippedDuplicates();
            rejected = earlier.rejected();
            truncated = earlier.errorsTruncated();
        });
    }

    /** True for a row an earlier run of this import committed: the reader passes over it (call once per row). */
    public boolean alreadyCommitted() {
        if (toSkip > 0) {
            toSkip--;
            return true;
        }
        return false;
    }

    /** About how many rows the file holds, for the progress of a job. */
    public void expect(long rows) {
        progress.expect(rows);
    }

    /** Every row read so far is stored or rejected: tells the progress (a job saves its state then). */
    public void committed() {
        List<ImportReport.RowError> fresh = List.copyOf(errors.subList(errorsTold, errors.size()));
        errorsTold = errors.size();
        progress.committed(finish(), fresh);
    }

    public void rowRead() {
        rowsRead++;
    }

    public void imported(long n) {
        imported += n;
    }

    public void updated(long n) {
        updated += n;
    }

    public void skipped(long n) {
        skipped += n;
    }

    /** The row at {@code line} was not imported. */
    public void reject(long line, String message) {
        rejected++;
        problem(line, message);
    }

    /** A problem on a row that was still imported, or on the file itself. */
    public void problem(long line, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new ImportReport.RowError(line, message));
        } else {
            truncated = true;
        }
    }

    public ImportReport finish() {
        long elapsedNanos = Math.max(1, System.nanoTime() - startNanos);
        double perSecond = Math.round((rowsRead - resumedRows) * 1e9 / elapsedNanos * 10) / 10.0;
        List<ImportReport.RowError> sorted = errors.stream().sorted(Comparator.comparingLong(ImportReport.RowError::line)).toList();
        return new ImportReport(kind, rowsRead, imported, updated, skipped, rejected, sorted, truncated,
                elapsedNanos / 1_000_000, perSecond);
    }
}
