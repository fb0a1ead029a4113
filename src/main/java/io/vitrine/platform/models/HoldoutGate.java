package io.vitrine.platform.models;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a retrained model may replace the live one: its {@code metric} on the holdout may be at most
 * {@code tolerance} (relative) below the live model's on the same holdout. {@code holdout} names the holdout in the
 * refusal ("the holdout", "the held-out photos").
 */
public record HoldoutGate(String metric, double tolerance, String holdout) {

    public HoldoutGate {
        if (tolerance < 0) {
            throw new IllegalArgumentException("tolerance must not be negative");
        }
    }

    /** Why the candidate is refused, or empty when it may go live. */
    public Optional<String> refusal(double score, double liveScore, long liveVersion) {
        if (score >= liveScore * (1 - tolerance)) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s %.4f on %s is below the live version %d's %.4f",
                metric, score, holdout, liveVersion, liveScore));
    }
}
