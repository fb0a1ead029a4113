package io.vitrine.vision.eval;

import java.util.Arrays;

/**
 * Telling photos of what the shop sells ("in") from other photos ("out") by a score that is higher for "in":
 * the area under the ROC curve, and the threshold that a validation set prefers.
 */
public final class OutOfShop {

    private OutOfShop() {
    }

    /** P(score of a random in-photo > score of a random out-photo), ties counting one half (Mann-Whitney). */
    public static double auroc(double[] in, double[] out) {
        if (in.length == 0 || out.length == 0) {
            throw new IllegalArgumentException("need photos on both sides");
        }
        double[] sortedOut = out.clone();
        Arrays.sort(sortedOut);
        double wins = 0;
        for (double s : in) {
            int below = lowerBound(sortedOut, s);
            int notAbove = upperBound(sortedOut, s);
            wins += below + 0.5 * (notAbove - below);
        }
        return wins / ((double) in.length * out.length);
    }

    /**
     * The threshold ({@code score >= threshold} = in the shop) with the best balanced accuracy, (share of in-photos
     * kept + share of out-photos refused) / 2, placed half-way between the two scores it separates.
     */
    public static double threshold(double[] in, double[] out) {
        if (in.length == 0 || out.length == 0) {
            throw new IllegalArgumentException("need photos on both sides");
        }
        double[] all = new double[in.length + out.length];
        System.arraycopy(in, 0, all, 0, in.length);
        System.arraycopy(out, 0, all, in.length, out.length);
        Arrays.sort(all);
        double[] sortedIn = in.clone();
        double[] sortedOut = out.clone();
        Arrays.sort(sortedIn);
        Arrays.sort(sortedOut);
        double best = Double.NEGATIVE_INFINITY;
        double bestThreshold = all[0];
        for (int i = 0; i <= all.length; i++) {
            if (i > 0 && i < all.length && all[i] == all[i - 1]) {
                continue;
            }
            double t = i == 0 ? all[0] : i == all.length ? Math.nextUp(all[all.length - 1]) : (all[i - 1] + all[i]) / 2;
            double kept = (double) (in.length - lowerBound(sortedIn, t)) / in.length;
            double refused = (double) lowerBound(sortedOut, t) / out.length;
            double balanced = (kept + refused) / 2;
            if (balanced > best) {
                best = balanced;
                bestThreshold = t;
            }
        }
        return bestThreshold;
    }

    /** Share of {@code scores} at or above {@code threshold}. */
    public static double shareAbove(double[] scores, double threshold) {
        return scores.length == 0 ? 0 : Arrays.stream(scores).filter(s -> s >= threshold).count() / (double) scores.length;
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
