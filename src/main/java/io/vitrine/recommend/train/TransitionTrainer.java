package io.vitrine.recommend.train;

import io.vitrine.recommend.Interactions;
import io.vitrine.recommend.TransitionRecommender;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts which item follows which in each shopper's event sequence: j at distance d after i adds decay^(d-1)
 * to T[i][j] (d up to {@code window}); rows are normalised to probabilities and pruned to the {@code keep} best.
 */
public final class TransitionTrainer {

    private final int window;
    private final double decay;
    private final int keep;

    public TransitionTrainer(int window, double decay, int keep) {
        if (window < 1 || keep < 1) {
            throw new IllegalArgumentException("window >= 1 and keep >= 1 required");
        }
        this.window = window;
        this.decay = decay;
        this.keep = keep;
    }

    /** Trains with query-time defaults: the last 3 events, each older one counting half as much. */
    public TransitionRecommender train(Interactions data) {
        return train(data, 3, 0.5);
    }

    public TransitionRecommender train(Interactions data, int queryDepth, double queryDecay) {
        int n = data.itemCount();
        @SuppressWarnings("unchecked")
        Map<Integer, Float>[] counts = new Map[n];
        for (int u = 0; u < data.userCount(); u++) {
            int[] seq = withoutRepeats(data.sequenceOf(u));
            for (int k = 0; k < seq.length; k++) {
                double w = 1;
                for (int d = 1; d <= window && k + d < seq.length; d++) {
                    int i = seq[k];
                    int j = seq[k + d];
                    if (i != j) {
                        if (counts[i] == null) {
                            counts[i] = new HashMap<>();
                        }
                        counts[i].merge(j, (float) w, Float::sum);
                    }
                    w *= decay;
                }
            }
        }
        int[][] next = new int[n][];
        float[][] prob = new float[n][];
        for (int i = 0; i < n; i++) {
            if (counts[i] == null) {
                next[i] = new int[0];
                prob[i] = new float[0];
                continue;
            }
            double total = counts[i].values().stream().mapToDouble(Float::doubleValue).sum();
            int[] best = counts[i].entrySet().stream()
                    .sorted(Map.Entry.<Integer, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(keep).mapToInt(Map.Entry::getKey).toArray();
            next[i] = best;
            prob[i] = new float[best.length];
            for (int k = 0; k < best.length; k++) {
                prob[i][k] = (float) (counts[i].get(best[k]) / total);
            }
        }
        return new TransitionRecommender(data.items(), next, prob, queryDepth, queryDecay);
    }

    private static int[] withoutRepeats(int[] seq) {
        int[] out = new int[seq.length];
        int n = 0;
        for (int i : seq) {
            if (n == 0 || out[n - 1] != i) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
