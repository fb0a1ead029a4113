package io.vitrine.platform.models.api;

import io.vitrine.platform.models.ModelVersion;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** One training run of a kind: status live, rejected or failed, data size, holdout metrics, note. */
public record ModelVersionResponse(long version, String status, Instant trainedAt, long users, long items, long events,
                                   Map<String, Double> metrics, String note) {

    static ModelVersionResponse of(ModelVersion v) {
        return new ModelVersionResponse(v.version(), v.status().name().toLowerCase(Locale.ROOT), v.trainedAt(), v.users(),
                v.items(), v.events(), v.metrics(), v.note());
    }
}
