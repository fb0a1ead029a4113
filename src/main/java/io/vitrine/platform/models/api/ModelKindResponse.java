package io.vitrine.platform.models.api;

import io.vitrine.platform.models.ModelVersion;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A model kind: its live version (null when none) with its metrics, whether it can be retrained, its next fixed training. */
public record ModelKindResponse(String kind, Long liveVersion, Instant liveTrainedAt, Map<String, Double> metrics,
                                boolean retrainable, Instant nextTraining) {

    static ModelKindResponse of(String kind, Optional<ModelVersion> live, boolean retrainable, Optional<Instant> next) {
        return new ModelKindResponse(kind, live.map(ModelVersion::version).orElse(null),
                live.map(ModelVersion::trainedAt).orElse(null), live.map(ModelVersion::metrics).orElse(Map.of()),
                retrainable, next.orElse(null));
    }
}
