package io.vitrine.platform.models;

import io.vitrine.platform.EpochMillis;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One training run in the model registry: what was trained on how much data, how it scored on the time-based
 * holdout, and whether it went live. The model itself is a file apart ({@link ModelFiles}: the data folder, and in a
 * cluster GridFS too).
 */
@Entity("model_versions")
public record ModelVersion(@Id String id, @Column String kind, @Column long version,
                           @Column @Convert(EpochMillis.class) Instant trainedAt, @Column long users, @Column long items,
                           @Column long events, @Column Map<String, Double> metrics, @Column Status status,
                           @Column String note) {

    public enum Status { LIVE, REJECTED, FAILED }

    public ModelVersion {
        Objects.requireNonNull(kind, "kind");
        trainedAt = EpochMillis.of(trainedAt);
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }

    /** A new version; its id is {@code kind-version}. */
    public ModelVersion(String kind, long version, Instant trainedAt, long users, long items, long events,
                        Map<String, Double> metrics, Status status, String note) {
        this(Objects.requireNonNull(kind, "kind") + "-" + version, kind, version, trainedAt, users, items, events,
                Map.copyOf(metrics), status, note);
    }
}
