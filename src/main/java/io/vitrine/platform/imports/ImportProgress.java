package io.vitrine.platform.imports;

import java.util.List;
import java.util.Optional;

/**
 * What a resumable import is told and tells: the counts an earlier run of the same file committed (its rows are
 * skipped, its counts carried on), and, after each committed batch, the counts so far with the row errors found
 * since the last call. An import job saves both, so a restart continues from the last committed row.
 */
public interface ImportProgress {

    /** A one-off import: nothing to resume, nobody to tell. */
    ImportProgress NONE = new ImportProgress() {
    };

    /** The counts of rows already committed by an earlier run (empty: start at the first row). */
    default Optional<ImportReport> resumeFrom() {
        return Optional.empty();
    }

    /** About how many rows the file holds (an estimate, for a progress bar). */
    default void expect(long rows) {
    }

    /** Every row read so far is stored (or rejected); {@code newErrors} were found since the last call. */
    default void committed(ImportReport soFar, List<ImportReport.RowError> newErrors) {
    }
}
