package io.vitrine.platform.models;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One training run in the model registry: what was trained on how much data, how it scored on the time-based
 * holdout, and whether it went live. The models themselves are not stored; start-up retrains them.
 */
@Entity("model_versions")
public class ModelVersion {

    public enum Status { LIVE, REJECTED, FAILED }

    @Id
    private String id;
    @Column
    private String kind;
    @Column
    private long version;
    @Column
    private long trainedAt;
    @Column
    private long users;
    @Column
    private long items;
    @Column
    private long events;
    @Column
    private Map<String, Double> metrics;
    @Column
    private Status status;
    @Column
    private String note;

    protected ModelVersion() {
    }

    public ModelVersion(String kind, long version, Instant trainedAt, long users, long items, long events,
                        Map<String, Double> metrics, Status status, String note) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.version = version;
        this.id = kind + "-" + version;
        this.trainedAt = trainedAt.toEpochMilli();
        this.users = users;
        this.items = items;
        this.events = events;
        this.metrics = Map.copyOf(metrics);
        this.status = Objects.requireNonNull(status, "status");
        this.note = note == null ? "" : note;
    }

    public String kind() {
        return kind;
    }

    public long version() {
        return version;
    }

    public Instant trainedAt() {
        return Instant.ofEpochMilli(trainedAt);
    }

    public long users() {
        return users;
    }

    public long items() {
        return items;
    }

    public long events() {
        return events;
    }

    public Map<String, Double> metrics() {
        return metrics == null ? Map.of() : Map.copyOf(metrics);
    }

    public Status status() {
        return status;
    }

    public String note() {
        return note;
    }
}
