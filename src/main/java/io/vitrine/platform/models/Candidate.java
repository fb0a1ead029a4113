package io.vitrine.platform.models;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A trained model before the holdout gate: its scores, the live model's score on the same holdout when the engine
 * measured it, the size of its data, the job's message and the registry note. No model means the engine refused it
 * itself (e.g. an accuracy below a floor), and {@code message} says why.
 */
public record Candidate<M>(Optional<M> model, Map<String, Double> metrics, OptionalDouble liveScore,
                           long users, long items, long events, String message, String note) {

    public Candidate {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(liveScore, "liveScore");
        metrics = Map.copyOf(metrics);
        message = message == null ? "" : message;
        note = note == null ? "" : note;
    }

    public static <M> Candidate<M> of(M model, Map<String, Double> metrics, String message) {
        return new Candidate<>(Optional.of(model), metrics, OptionalDouble.empty(), 0, 0, 0, message, "");
    }

    public static <M> Candidate<M> refused(Map<String, Double> metrics, String why) {
        return new Candidate<>(Optional.empty(), metrics, OptionalDouble.empty(), 0, 0, 0, why, why);
    }

    /** The live model's score on this candidate's holdout: the gate compares the two. */
    public Candidate<M> against(double live) {
        return new Candidate<>(model, metrics, OptionalDouble.of(live), users, items, events, message, note);
    }

    public Candidate<M> on(long userCount, long itemCount, long eventCount) {
        return new Candidate<>(model, metrics, liveScore, userCount, itemCount, eventCount, message, note);
    }

    public Candidate<M> noted(String registryNote) {
        return new Candidate<>(model, metrics, liveScore, users, items, events, message, registryNote);
    }
}
