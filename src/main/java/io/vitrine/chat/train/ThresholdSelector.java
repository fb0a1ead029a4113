package io.vitrine.chat.train;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Chooses the out-of-scope threshold on validation predictions. The shopper-facing cost is asymmetric but both
 * errors matter, so the threshold maximises in-scope accuracy + {@code oosWeight} x out-of-scope recall
 * (ties: the lower threshold, which answers more questions).
 */
public final class ThresholdSelector {

    /** One validation prediction: the best intent's probability, whether it is the gold intent, whether gold is out of scope. */
    public record Validation(double confidence, boolean correct, boolean goldOutOfScope, boolean predictedOutOfScope) {
    }

    /** The chosen threshold with its validation figures. */
    public record Choice(double threshold, double accuracy, double oosRecall) {
    }

    private final double oosWeight;

    public ThresholdSelector(double oosWeight) {
        if (oosWeight < 0) {
            throw new IllegalArgumentException("oosWeight must be >= 0");
        }
        this.oosWeight = oosWeight;
    }

    public Choice choose(List<Validation> validations) {
        TreeSet<Double> candidates = new TreeSet<>();
        candidates.add(0.0);
        for (Validation v : validations) {
            // just above each observed confidence: everything at or below it becomes out of scope
            candidates.add(Math.nextUp(v.confidence()));
        }
        Choice best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (double t : candidates) {
            if (t > 1) {
                continue;
            }
            Choice c = evaluate(validations, t);
            double score = (Double.isNaN(c.accuracy()) ? 0 : c.accuracy())
                    + oosWeight * (Double.isNaN(c.oosRecall()) ? 0 : c.oosRecall());
            if (score > bestScore + 1e-12) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    /** In-scope accuracy and out-of-scope recall at threshold {@code t}; NaN where a side has no examples. */
    public static Choice evaluate(List<Validation> validations, double t) {
        int inScope = 0;
        int correct = 0;
        int oos = 0;
        int caught = 0;
        for (Validation v : validations) {
            boolean predictedOos = v.predictedOutOfScope() || v.confidence() < t;
            if (v.goldOutOfScope()) {
                oos++;
                if (predictedOos) {
                    caught++;
                }
            } else {
                inScope++;
                if (!predictedOos && v.correct()) {
                    correct++;
                }
            }
        }
        return new Choice(t, inScope == 0 ? Double.NaN : correct / (double) inScope, oos == 0 ? Double.NaN : caught / (double) oos);
    }

    /** Validation rows from a model's raw best guesses. */
    public static List<Validation> rows(List<String> gold, List<String> predicted, double[] confidence, String outOfScopeLabel) {
        List<Validation> out = new ArrayList<>(gold.size());
        for (int i = 0; i < gold.size(); i++) {
            out.add(new Validation(confidence[i], gold.get(i).equals(predicted.get(i)),
                    gold.get(i).equals(outOfScopeLabel), predicted.get(i).equals(outOfScopeLabel)));
        }
        return out;
    }
}
