package io.vitrine.experiment.api;

import io.vitrine.platform.InvalidInputException;

import java.util.Map;
import java.util.Set;

/**
 * A new experiment between the live model (A) and a candidate (B): a saved version ({@code candidateVersion}) or a
 * blend recipe ({@code blend}, the live model's parts reweighted, e.g. {@code {"knn": 1, "popularity": 0.5}}; parts
 * ease, knn, transitions, ials, popularity) or a rule set ({@code rules}, the live model under other diversity rules,
 * e.g. {@code {"seller": 0.3, "subcategory": 1}}: shares of a list from one seller or sub-category), exactly one of them. Everything but {@code name} and the candidate has a default: mode AB, every placement, metric CLICK_THROUGH, baseline 0.05, minimumLift
 * 0.05 (5 % relative), alpha 0.05, power 0.8, maxLatencyMs 250, maxZeroRate 0.2, shareB 50.
 */
public record ExperimentRequest(String name, String mode, Long candidateVersion, Map<String, Double> blend,
                                Map<String, Double> rules, Set<String> placements, String metric, Double baseline,
                                Double minimumLift, Double alpha, Double power, Double maxLatencyMs, Double maxZeroRate,
                                Integer shareB) {

    /**
     * The request's own limits, checked in code rather than with Bean Validation annotations on the components: Payara's
     * OpenAPI scanner fails (NullPointerException, {@code /openapi} answers 500) on a constraint that is not on a
     * parameter. The experiment checks the rest (name, recipe parts, plan figures).
     */
    public ExperimentRequest checked() {
        if (candidateVersion != null && candidateVersion < 1) {
            throw new InvalidInputException("candidateVersion: 1 or more");
        }
        if (blend != null && blend.size() > 5) {
            throw new InvalidInputException("blend: at most 5 parts");
        }
        if (rules != null && rules.size() > 2) {
            throw new InvalidInputException("rules: at most 2 rules");
        }
        if (placements != null && placements.size() > 4) {
            throw new InvalidInputException("placements: at most 4");
        }
        if (shareB != null && (shareB < 1 || shareB > 99)) {
            throw new InvalidInputException("shareB: 1 to 99");
        }
        return this;
    }
}
