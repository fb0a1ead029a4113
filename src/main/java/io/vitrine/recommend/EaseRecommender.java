package io.vitrine.recommend;

import java.util.Arrays;

/**
 * EASE (Steck 2019): score(j) = sum over the shopper's items i of x_i * B[i][j], with B the item-item weights
 * learnt in closed form by {@link io.vitrine.recommend.train.EaseTrainer}. When the catalogue was capped, only
 * the modelled items can be scored; the others are left to the blend's other models.
 */
public final class EaseRecommender implements ItemScorer {

    private static final long serialVersionUID = 1L;

    /**
     * History items weighing less than this (relative to the latest item) are skipped: with a decay of 0.7 that
     * is everything older than the 20th distinct item, whose whole contribution is below 0.3% of the score, and
     * it bounds the serving cost for long histories (one row of B per item read).
     */
    static final float NEGLIGIBLE = 1e-3f;

    private final ItemIndex items;
    private final int[] modelled;      // model position -> item index
    private final int[] position;      // item index -> model position, or -1
    private final float[] weights;     // B, row-major over model positions, zero diagonal
    private final double recencyDecay;

    /**
     * @param modelled     item index of each row/column of {@code weights}
     * @param weights      B as a row-major m x m array (taken, not copied: trainers hand it over)
     * @param recencyDecay 1 = plain EASE; below 1 the k-th most recent distinct item enters with weight decay^k,
     *                     which lets the order of a shopper's events count at query time
     */
    public EaseRecommender(ItemIndex items, int[] modelled, float[] weights, double recencyDecay) {
        int m = modelled.length;
        if (weights.length != (long) m * m) {
            throw new IllegalArgumentException("weights must be " + m + "x" + m);
        }
        this.items = items;
        this.modelled = modelled.clone();
        this.weights = weights;
        this.recencyDecay = recencyDecay;
        this.position = new int[items.size()];
        Arrays.fill(position, -1);
        for (int p = 0; p < m; p++) {
            position[modelled[p]] = p;
        }
    }

    /** The same learnt weights with another query-time recency decay (no retraining). */
    public EaseRecommender withRecencyDecay(double decay) {
        return new EaseRecommender(items, modelled, weights, decay);
    }

    public int modelledItems() {
        return modelled.length;
    }

    /** B[i][j] for two item indexes (0 when either is not modelled). */
    public double weight(int i, int j) {
        int pi = position[i];
        int pj = position[j];
        return pi < 0 || pj < 0 ? 0 : weights[pi * modelled.length + pj];
    }

    @Override
    public ItemIndex items() {
        return items;
    }

    @Override
    public float[] scores(UserHistory user) {
        int m = modelled.length;
        float[] s = new float[m];
        float[] x = Sequences.recencyWeights(items.sequence(user), items.size(), recencyDecay);
        for (int i = 0; i < x.length; i++) {
            int p = position[i];
            if (x[i] < NEGLIGIBLE || p < 0) {
                continue;
            }
            float xi = x[i];
            int row = p * m;
            for (int j = 0; j < m; j++) {
                s[j] += xi * weights[row + j];
            }
        }
        float[] out = new float[items.size()];
        Arrays.fill(out, Float.NEGATIVE_INFINITY);
        for (int p = 0; p < m; p++) {
            out[modelled[p]] = s[p];
        }
        return out;
    }

    @Override
    public Reason reason(UserHistory user, int item) {
        return Sequences.strongestCause(items, user, i -> weight(i, item))
                .map(cause -> Reason.about(Reason.Kind.VIEWED, cause)).orElse(Reason.forYou());
    }
}
