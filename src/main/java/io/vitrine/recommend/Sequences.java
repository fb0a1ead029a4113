package io.vitrine.recommend;

import java.util.Optional;
import java.util.function.IntToDoubleFunction;

/** Small helpers the models share for turning a time-ordered history into weights and reasons. */
final class Sequences {

    private Sequences() {
    }

    /**
     * Dense vector with 1 for the most recent item, decay for the one before it, and so on over distinct items
     * (an item seen again counts from its latest view). decay = 1 gives the plain binary history.
     */
    static float[] recencyWeights(int[] sequence, int size, double decay) {
        float[] x = new float[size];
        double w = 1;
        for (int k = sequence.length - 1; k >= 0; k--) {
            int i = sequence[k];
            if (x[i] == 0) {
                x[i] = (float) w;
                w *= decay;
            }
        }
        return x;
    }

    /** The history item with the largest positive contribution to some target, for "because you viewed X". */
    static Optional<ItemId> strongestCause(ItemIndex items, UserHistory user, IntToDoubleFunction contribution) {
        int best = -1;
        double bestValue = 0;
        for (int i : items.sequence(user)) {
            double c = contribution.applyAsDouble(i);
            if (c > bestValue) {
                bestValue = c;
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(items.get(best));
    }

    /**
     * The value kept for item {@code j} in one item's sparse row ({@code columns[t]} has {@code values[t]}); 0 when
     * {@code j} is not in the row (never seen, or pruned by the trainer).
     */
    static double valueAt(int[] columns, float[] values, int j) {
        for (int t = 0; t < columns.length; t++) {
            if (columns[t] == j) {
                return values[t];
            }
        }
        return 0;
    }
}
