package io.vitrine.chat.eval;

import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vitrine.chat.understanding.IntentExample;
import io.vitrine.chat.understanding.IntentScorer;
import io.vitrine.chat.understanding.LinearScorer;
import io.vitrine.chat.understanding.TextNormalizer;

/**
 * Experiment only: each label's score is the cosine of the message's tf-idf vector (the regression's features and
 * weighting) to that label's nearest training line, turned into probabilities by a softmax at temperature
 * {@code tau}. A model of another shape than the regression: it keeps every training line's exact wording.
 */
final class NearestLines implements IntentScorer {

    private final List<String> labels;
    private final Map<String, Integer> rows;
    private final float[] idf;
    /** row -> (line, value) postings. */
    private final Map<Integer, List<double[]>> postings = new HashMap<>();
    private final int[] lineLabel;
    private final double tau;

    NearestLines(List<IntentExample> train, double tau) {
        this.tau = tau;
        Map<String, Integer> labelIndex = new HashMap<>();
        List<String> labelList = new ArrayList<>();
        rows = new HashMap<>();
        Map<Integer, Integer> df = new HashMap<>();
        List<List<String>> features = new ArrayList<>();
        for (IntentExample e : train) {
            labelIndex.computeIfAbsent(e.intent(), k -> {
                labelList.add(k);
                return labelList.size() - 1;
            });
            List<String> f = LinearScorer.features(TextNormalizer.tokens(e.text()), false);
            features.add(f);
            for (String s : new java.util.HashSet<>(f)) {
                int r = rows.computeIfAbsent(s, k -> rows.size());
                df.merge(r, 1, Integer::sum);
            }
        }
        labels = List.copyOf(labelList);
        idf = new float[rows.size()];
        df.forEach((r, n) -> idf[r] = (float) Math.log((1.0 + train.size()) / (1.0 + n)) + 1);
        lineLabel = new int[train.size()];
        for (int i = 0; i < train.size(); i++) {
            lineLabel[i] = labelIndex.get(train.get(i).intent());
            LinearScorer.Vector v = LinearScorer.vector(features.get(i), rows, idf);
            for (int k = 0; k < v.rows().length; k++) {
                postings.computeIfAbsent(v.rows()[k], x -> new ArrayList<>()).add(new double[] {i, v.values()[k]});
            }
        }
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public double[] probabilities(String[] tokens) {
        LinearScorer.Vector q = LinearScorer.vector(LinearScorer.features(tokens, false), rows, idf);
        double[] sim = new double[lineLabel.length];
        for (int k = 0; k < q.rows().length; k++) {
            for (double[] p : postings.getOrDefault(q.rows()[k], List.of())) {
                sim[(int) p[0]] += p[1] * q.values()[k];
            }
        }
        double[] best = new double[labels.size()];
        for (int i = 0; i < sim.length; i++) {
            best[lineLabel[i]] = Math.max(best[lineLabel[i]], sim[i]);
        }
        double max = 0;
        for (double b : best) {
            max = Math.max(max, b);
        }
        double total = 0;
        for (int c = 0; c < best.length; c++) {
            best[c] = Math.exp((best[c] - max) / tau);
            total += best[c];
        }
        for (int c = 0; c < best.length; c++) {
            best[c] /= total;
        }
        return best;
    }

    @Override
    public String type() {
        return "nearest-lines";
    }

    @Override
    public void write(DataOutputStream out) {
        throw new UnsupportedOperationException("experiment only");
    }
}
