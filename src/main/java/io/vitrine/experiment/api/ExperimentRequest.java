package io.vitrine.experiment.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Map;
import java.util.Set;

/**
 * A new experiment between the live model (A) and a candidate (B): a saved version ({@code candidateVersion}) or a
 * blend recipe ({@code blend}, the live model's parts reweighted, e.g. {@code {"knn": 1, "popularity": 0.5}}; parts
 * ease, knn, transitions, ials, popularity), exactly one of the two. Everything but {@code name} and the candidate has a default: mode AB, every placement, metric CLICK_THROUGH, baseline 0.05, minimumLift
 * 0.05 (5 % relative), alpha 0.05, power 0.8, maxLatencyMs 250, maxZeroRate 0.2, shareB 50.
 */
public record ExperimentRequest(@NotBlank @Size(max = 120) String name, String mode, @Min(1) Long candidateVersion,
                                @Size(max = 5) Map<String, Double> blend,
                                @Size(max = 4) Set<String> placements, String metric, Double baseline, Double minimumLift,
                                Double alpha, Double power, Double maxLatencyMs, Double maxZeroRate,
                                @Min(1) @Max(99) Integer shareB) {
}
