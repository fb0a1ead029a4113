package io.vitrine.vision.eval;

import io.vitrine.vision.Prediction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accumulates (true sub-category, ranked predictions) pairs and reports accuracy, top-k accuracy and macro-F1.
 * Macro-F1 averages over every class seen as a truth or a prediction, so a class the model never predicts
 * counts as F1 = 0 rather than disappearing.
 */
public final class Classification {

    private final Map<String, Integer> truePositives = new HashMap<>();
    private final Map<String, Integer> actual = new HashMap<>();
    private final Map<String, Integer> predicted = new HashMap<>();
    private final Map<Integer, Integer> hitsAtK = new HashMap<>();
    private final Set<String> classes = new HashSet<>();
    private int total;

    public void add(String truth, List<Prediction> ranked) {
        if (ranked.isEmpty()) {
            throw new IllegalArgumentException("no predictions");
        }
        String best = ranked.get(0).subCategory();
        total++;
        classes.add(truth);
        classes.add(best);
        actual.merge(truth, 1, Integer::sum);
        predicted.merge(best, 1, Integer::sum);
        if (best.equals(truth)) {
            truePositives.merge(truth, 1, Integer::sum);
        }
        for (int k = 0; k < ranked.size(); k++) {
            if (ranked.get(k).subCategory().equals(truth)) {
                hitsAtK.merge(k + 1, 1, Integer::sum);
                break;
            }
        }
    }

    public int count() {
        return total;
    }

    public double accuracy() {
        return topK(1);
    }

    /** Fraction of photos whose true sub-category is among the first {@code k} predictions. */
    public double topK(int k) {
        int hits = 0;
        for (Map.Entry<Integer, Integer> e : hitsAtK.entrySet()) {
            if (e.getKey() <= k) {
                hits += e.getValue();
            }
        }
        return total == 0 ? 0 : (double) hits / total;
    }

    public double f1(String c) {
        int tp = truePositives.getOrDefault(c, 0);
        int p = predicted.getOrDefault(c, 0);
        int a = actual.getOrDefault(c, 0);
        return p + a == 0 ? 0 : 2.0 * tp / (p + a);
    }

    public double macroF1() {
        return classes.stream().mapToDouble(this::f1).average().orElse(0);
    }
}
