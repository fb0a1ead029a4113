package io.vitrine.vision;

import java.util.Objects;

/**
 * How a model's logits become what the shop shows: probabilities are {@code softmax(z / temperature)} (temperature
 * scaling, fitted on held-out photos so that "70 %" is right about 70 % of the time), and a photo whose in-shop
 * score falls below {@code threshold} is "no close match in this shop". The in-shop score is the logits'
 * {@link InShopScore}, mixed by {@code nearest} with how close the photo's embedding comes to the shop's own photos
 * ({@link NearestShopPhoto#OFF}: the logits' score alone). {@link #NONE} is the plain softmax that always matches
 * (models saved before calibration existed).
 */
public record Calibration(double temperature, InShopScore score, double threshold, NearestShopPhoto nearest) {

    public static final Calibration NONE = new Calibration(1, InShopScore.MAX_PROBABILITY, Double.NEGATIVE_INFINITY);

    /** The logits' score alone. */
    public Calibration(double temperature, InShopScore score, double threshold) {
        this(temperature, score, threshold, NearestShopPhoto.OFF);
    }

    public Calibration {
        Objects.requireNonNull(score);
        Objects.requireNonNull(nearest);
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be positive and finite, got " + temperature);
        }
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold must be a number");
        }
    }

    public Calibration withTemperature(double t) {
        return new Calibration(t, score, threshold, nearest);
    }

    public Calibration withThreshold(InShopScore s, double t) {
        return new Calibration(temperature, s, t, nearest);
    }

    /** The same temperature and logits' score, mixed by {@code n}, with threshold {@code t}. */
    public Calibration withNearest(NearestShopPhoto n, double t) {
        return new Calibration(temperature, score, t, n);
    }

    /** {@code softmax(logits / temperature)}, computed from the largest logit so nothing overflows. */
    public double[] probabilities(float[] logits) {
        return softmax(logits, temperature);
    }

    /** The in-shop score of a photo from its logits and its unit embedding (higher = more like what the shop sells). */
    public double inShopScore(float[] logits, float[] unitEmbedding) {
        return nearest.of(score.of(logits, temperature), unitEmbedding);
    }

    public boolean closeMatch(double inShopScore) {
        return inShopScore >= threshold;
    }

    public static double[] softmax(float[] logits, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (float z : logits) {
            max = Math.max(max, z);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            p[i] = Math.exp((logits[i] - max) / temperature);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
