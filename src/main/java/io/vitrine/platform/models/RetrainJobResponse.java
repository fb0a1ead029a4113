package io.vitrine.platform.models;

import java.time.Instant;
import java.util.Locale;

/**
 * A retraining as the admin endpoints of every model kind answer it: state queued, running (with its phase, which
 * for the photo model shows the epoch and loss), live, rejected or failed; times ISO-8601, absent values null.
 */
public record RetrainJobResponse(String id, String trigger, String state, String phase, Instant submittedAt,
                                 Instant finishedAt, Long modelVersion, String message) {

    public static RetrainJobResponse of(RetrainJob j) {
        return new RetrainJobResponse(j.id(), j.trigger(), j.state().name().toLowerCase(Locale.ROOT), j.phase(),
                j.submittedAt(), j.finishedAt().orElse(null), j.version().orElse(null), j.message());
    }
}
