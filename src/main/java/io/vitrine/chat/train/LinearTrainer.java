package io.vitrine.chat.train;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import io.vitrine.chat.understanding.IntentExample;
import io.vitrine.chat.understanding.IntentModel;
import io.vitrine.chat.understanding.LinearScorer;
import io.vitrine.chat.understanding.TextNormalizer;

/**
 * Trains a {@link LinearScorer}, plain Java: every n-gram feature of the training messages gets a row and an inverse
 * document frequency {@code ln((1 + N) / (1 + df)) + 1}; the cross-entropy is minimised by AdaGrad (a learning rate per
 * weight, so rare features learn as fast as common ones), one message at a time in a shuffled order. Deterministic for
 * a given seed; about 10 s for the own corpus and a few minutes for CLINC150 on one core.
 */
public final class LinearTrainer implements IntentModelTrainer {

    private final LinearOptions options;

    public LinearTrainer(LinearOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public IntentModel train(List<IntentExample> examples, String outOfScopeLabel, double threshold) {
        return new IntentModel(scorer(examples), outOfScopeLabel, threshold, Instant.now());
    }

    public LinearScorer scorer(List<IntentExample> examples) {
        LabelIndex labelIndex = LabelIndex.of(examples);
        List<String> labels = labelIndex.labels();
        int n = examples.size();
        Map<String, Integer> rows = new LinkedHashMap<>();
        Map<String, Integer> df = new HashMap<>();
        List<List<String>> featureLists = new ArrayList<>(n);
        String[][] tokens = new String[n][];
        for (int i = 0; i < n; i++) {
            tokens[i] = TextNormalizer.tokens(examples.get(i).text());
            List<String> f = features(tokens[i]);
            featureLists.add(f);
            for (String s : new HashSet<>(f)) {
                rows.putIfAbsent(s, rows.size());
                df.merge(s, 1, Integer::sum);
            }
        }
        float[] idf = new float[rows.size()];
        rows.forEach((s, r) -> idf[r] = (float) (Math.log((1.0 + n) / (1.0 + df.get(s))) + 1));
        int classes = labels.size();
        LinearScorer.Vector[] x = new LinearScorer.Vector[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = LinearScorer.vector(featureLists.get(i), rows, idf, options.wordShare());
            y[i] = labelIndex.of(examples.get(i));
        }
        float[] weights = new float[rows.size() * classes];
        float[] bias = new float[classes];
        double[] sumSquares = new double[weights.length];
        double[] biasSumSquares = new double[classes];
        double[] p = new double[classes];
        double lr = options.learningRate();
        double l2 = options.l2();
        double smoothing = options.labelSmoothing();
        double others = classes > 1 ? smoothing / (classes - 1) : 0;
        int averageFrom = options.epochs() - options.averagedEpochs();
        float[] sum = options.averagedEpochs() > 0 ? new float[weights.length] : null;
        float[] biasSum = new float[classes];
        Random random = new Random(options.seed());
        // its own generator, so the shuffles are those of a run without dropout
        Random dropout = new Random(options.seed() + 1);
        double drop = options.wordDropout();
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                LinearScorer.Vector xi = drop > 0 ? LinearScorer.vector(features(kept(tokens[i], drop, dropout)), rows, idf, options.wordShare()) : x[i];
                LinearScorer.softmax(weights, bias, xi, p);
                // gradient of the cross-entropy: p minus the (smoothed) target
                if (smoothing > 0) {
                    for (int c = 0; c < classes; c++) {
                        p[c] -= others;
                    }
                    p[y[i]] -= 1 - smoothing - others;
                } else {
                    p[y[i]] -= 1;
                }
                int[] r = xi.rows();
                double[] v = xi.values();
                for (int k = 0; k < r.length; k++) {
                    int base = r[k] * classes;
                    for (int c = 0; c < classes; c++) {
                        double g = p[c] * v[k] + l2 * weights[base + c];
                        sumSquares[base + c] += g * g;
                        weights[base + c] -= (float) (lr * g / Math.sqrt(sumSquares[base + c] + 1e-8));
                    }
                }
                for (int c = 0; c < classes; c++) {
                    biasSumSquares[c] += p[c] * p[c];
                    bias[c] -= (float) (lr * p[c] / Math.sqrt(biasSumSquares[c] + 1e-8));
                }
            }
            if (sum != null && epoch >= averageFrom) {
                for (int k = 0; k < weights.length; k++) {
                    sum[k] += weights[k];
                }
                for (int c = 0; c < classes; c++) {
                    biasSum[c] += bias[c];
                }
            }
        }
        if (sum != null) {
            // the mean of the last epochs' weights: less of the last shuffle's noise than the final weights
            float epochs = options.averagedEpochs();
            for (int k = 0; k < weights.length; k++) {
                weights[k] = sum[k] / epochs;
            }
            for (int c = 0; c < classes; c++) {
                bias[c] = biasSum[c] / epochs;
            }
        }
        return new LinearScorer(labels, rows, idf, weights, bias, options.wordShare());
    }

    private List<String> features(String[] tokens) {
        List<String> f = LinearScorer.features(tokens, options.kinds().contains("s"));
        // features of other kinds get no row, so serving skips them too
        return options.kinds().equals("wbc") || options.kinds().equals("wbcs") ? f : f.stream().filter(options::keeps).toList();
    }

    /**
     * The words of a message that one pass keeps, each left out with probability {@code drop}; a message of one word
     * keeps it. Bigrams across a dropped word are new n-grams without a row, so they count for nothing.
     */
    static String[] kept(String[] tokens, double drop, Random random) {
        List<String> out = new ArrayList<>(tokens.length);
        for (String t : tokens) {
            if (random.nextDouble() >= drop) {
                out.add(t);
            }
        }
        return out.isEmpty() ? tokens : out.toArray(String[]::new);
    }
}
