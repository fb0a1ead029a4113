package io.vitrine.platform.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Counts one import as it runs and turns into its {@link ImportReport}; one per import, not thread-safe. */
public final class ImportTally {

    /** Rows written per repository call: large enough to amortise round trips, small enough to stream. */
    public static final int BATCH_SIZE = 500;
    /** A file of a million bad rows must not produce a million-entry report. */
    public static final int MAX_ERRORS = 1000;

    private final String kind;
    private final long startNanos = System.nanoTime();
    private long rowsRead;
    private long imported;
    private long updated;
    private long skipped;
    private long rejected;
    private final List<ImportReport.RowError> errors = new ArrayList<>();
    private boolean truncated;

    public ImportTally(String kind) {
        this.kind = kind;
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
        double perSecond = Math.round(rowsRead * 1e9 / elapsedNanos * 10) / 10.0;
        List<ImportReport.RowError> sorted = errors.stream().sorted(Comparator.comparingLong(ImportReport.RowError::line)).toList();
        return new ImportReport(kind, rowsRead, imported, updated, skipped, rejected, sorted, truncated,
                elapsedNanos / 1_000_000, perSecond);
    }
}
