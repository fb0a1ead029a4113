package io.vitrine.platform.imports;

import java.util.List;

/**
 * The outcome of one import. {@code rowsRead = imported + updated + skippedDuplicates + rejected}; {@code errors}
 * lists rejected rows and problems on rows that were still imported (e.g. a broken photo), sorted by line and
 * capped at {@link ImportTally#MAX_ERRORS} ({@code errorsTruncated} then says so).
 */
public record ImportReport(String kind, long rowsRead, long imported, long updated, long skippedDuplicates,
                           long rejected, List<RowError> errors, boolean errorsTruncated, long elapsedMillis,
                           double rowsPerSecond) {

    /** A problem at a physical line of the file (1 = first line, the CSV header included). */
    public record RowError(long line, String message) {
    }

    public ImportReport {
        errors = List.copyOf(errors);
    }
}
