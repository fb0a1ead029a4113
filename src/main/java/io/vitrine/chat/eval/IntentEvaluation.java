package io.vitrine.chat.eval;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import io.vitrine.chat.understanding.IntentExample;
import io.vitrine.chat.understanding.IntentPrediction;

/**
 * Scores a classifier the way CLINC150 does: an in-scope message counts as right only when its intent is found
 * and not rejected as out of scope; out-of-scope recall is the share of out-of-scope messages rejected.
 * Latency is measured per call, so it includes language detection when the classifier does it.
 */
public final class IntentEvaluation {

    /** Figures of one evaluation; a side without examples has NaN. */
    public record Result(double accuracy, double oosRecall, double p50Ms, double p99Ms, int inScope, int outOfScope) {
    }

    private IntentEvaluation() {
    }

    public static Result evaluate(Function<String, IntentPrediction> classifier, List<IntentExample> inScope,
                                  List<IntentExample> outOfScope) {
        double[] millis = new double[inScope.size() + outOfScope.size()];
        int n = 0;
        int correct = 0;
        for (IntentExample e : inScope) {
            long start = System.nanoTime();
            IntentPrediction p = classifier.apply(e.text());
            millis[n++] = (System.nanoTime() - start) / 1e6;
            if (!p.isOutOfScope() && p.intent().equals(e.intent())) {
                correct++;
            }
        }
        int rejected = 0;
        for (IntentExample e : outOfScope) {
            long start = System.nanoTime();
            IntentPrediction p = classifier.apply(e.text());
            millis[n++] = (System.nanoTime() - start) / 1e6;
            if (p.isOutOfScope()) {
                rejected++;
            }
        }
        return new Result(
                inScope.isEmpty() ? Double.NaN : correct / (double) inScope.size(),
                outOfScope.isEmpty() ? Double.NaN : rejected / (double) outOfScope.size(),
                percentile(millis, 0.50), percentile(millis, 0.99), inScope.size(), outOfScope.size());
    }

    /** Nearest-rank percentile; NaN for no values. */
    public static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
