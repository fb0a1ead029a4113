package io.vitrine.recommend.train;

import io.vitrine.recommend.Interactions;
import io.vitrine.recommend.PopularityRecommender;

/**
 * Popularity = sum of event weights halved every {@code halfLife} seconds before "now" (the latest event, so a
 * retraining on the same data gives the same model). Trending = (recent - previous) / sqrt(previous + 1) where
 * recent and previous are the weighted counts of the last {@code window} seconds and of the window before: a rise
 * counts more when the item was not already busy.
 */
public final class PopularityTrainer {

    private final double halfLife;
    private final long window;

    /** @param halfLife seconds; {@code Double.POSITIVE_INFINITY} for plain counts */
    public PopularityTrainer(double halfLife, long window) {
        if (!(halfLife > 0) || window < 1) {
            throw new IllegalArgumentException("halfLife > 0 and window >= 1 required");
        }
        this.halfLife = halfLife;
        this.window = window;
    }

    public PopularityRecommender train(Interactions data) {
        int n = data.itemCount();
        float[] popularity = new float[n];
        double[] recent = new double[n];
        double[] previous = new double[n];
        long now = data.maxTimestamp();
        for (int u = 0; u < data.userCount(); u++) {
            int[] seq = data.sequenceOf(u);
            float[] w = data.sequenceWeightsOf(u);
            long[] t = data.sequenceTimesOf(u);
            for (int k = 0; k < seq.length; k++) {
                long age = now - t[k];
                popularity[seq[k]] += (float) (w[k] * Math.pow(0.5, age / halfLife));
                if (age < window) {
                    recent[seq[k]] += w[k];
                } else if (age < 2 * window) {
                    previous[seq[k]] += w[k];
                }
            }
        }
        float[] trend = new float[n];
        for (int i = 0; i < n; i++) {
            trend[i] = (float) ((recent[i] - previous[i]) / Math.sqrt(previous[i] + 1));
        }
        return new PopularityRecommender(data.items(), popularity, trend);
    }
}
