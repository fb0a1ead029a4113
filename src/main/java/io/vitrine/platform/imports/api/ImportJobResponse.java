package io.vitrine.platform.imports.api;

import io.vitrine.platform.imports.ImportJob;

import java.time.Instant;
import java.util.Locale;

/**
 * An import job as the API answers it: state queued, running, done or failed (with why), progress in percent of the
 * rows the file holds, the counts so far ({@code rowsRead = imported + updated + skippedDuplicates + rejected}),
 * and where its rejected rows can be downloaded as CSV. Times ISO-8601, absent values null.
 */
public record ImportJobResponse(String id, String kind, String fileName, String sellerId, String state, int percent,
                                long expectedRows, long rowsRead, long imported, long updated, long skippedDuplicates,
                                long rejected, boolean errorsTruncated, double rowsPerSecond, String message,
                                Instant submittedAt, Instant finishedAt, String errors) {

    public static ImportJobResponse of(ImportJob j, String errorsUri) {
        var c = j.counts();
        return new ImportJobResponse(j.id(), j.kind(), j.fileName(), j.sellerId().orElse(null),
                j.state().name().toLowerCase(Locale.ROOT), j.percent(), j.expectedRows(), c.rowsRead(), c.imported(),
                c.updated(), c.skippedDuplicates(), c.rejected(), c.errorsTruncated(), c.rowsPerSecond(),
                j.message().isEmpty() ? null : j.message(), j.submittedAt(), j.finishedAt().orElse(null), errorsUri);
    }
}
