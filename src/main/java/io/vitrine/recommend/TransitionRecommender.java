package io.vitrine.recommend;

/**
 * Session-aware next item: P(next = j | viewed i) learnt from consecutive events, applied at query time to the
 * shopper's last few events with a geometric weight (the latest counts most). A new view therefore changes the
 * recommendations immediately, without retraining. Trained by {@link io.vitrine.recommend.train.TransitionTrainer}.
 */
public final class TransitionRecommender implements ItemScorer {

    private static final long serialVersionUID = 1L;

    private final ItemIndex items;
    private final int[][] next;        // per item: successor item indexes
    private final float[][] prob;      // aligned transition probabilities
    private final int depth;
    private final double decay;

    /** Rows are taken, not copied: trainers hand them over. */
    public TransitionRecommender(ItemIndex items, int[][] next, float[][] prob, int depth, double decay) {
        if (next.length != items.size() || prob.length != items.size() || depth < 1) {
            throw new IllegalArgumentException("one row per item and depth >= 1 required");
        }
        this.items = items;
        this.next = next;
        this.prob = prob;
        this.depth = depth;
        this.decay = decay;
    }

    /** The same transitions read with another query-time window (no retraining). */
    public TransitionRecommender withQuery(int depth, double decay) {
        return new TransitionRecommender(items, next, prob, depth, decay);
    }

    /** P(next = j | i), 0 when never observed (or pruned). */
    public double probability(int i, int j) {
        return Sequences.valueAt(next[i], prob[i], j);
    }

    @Override
    public ItemIndex items() {
        return items;
    }

    @Override
    public float[] scores(UserHistory user) {
        float[] s = new float[items.size()];
        int[] seq = items.sequence(user);
        double w = 1;
        int used = 0;
        int last = -1;
        for (int k = seq.length - 1; k >= 0 && used < depth; k--) {
            int i = seq[k];
            if (i == last) {
                continue; // a reload of the same page is not a new step
            }
            last = i;
            for (int t = 0; t < next[i].length; t++) {
                s[next[i][t]] += (float) (w * prob[i][t]);
            }
            w *= decay;
            used++;
        }
        return s;
    }

    @Override
    public Reason reason(UserHistory user, int item) {
        int[] seq = items.sequence(user);
        for (int k = seq.length - 1; k >= Math.max(0, seq.length - depth); k--) {
            if (probability(seq[k], item) > 0) {
                return Reason.about(Reason.Kind.VIEWED_NEXT, items.get(seq[k]));
            }
        }
        return Reason.forYou();
    }
}
