package io.vitrine.chat.understanding;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Softmax regression over the n-gram features of {@link NgramNetwork#features} (word unigrams, bigrams with sentence
 * boundaries, character 3-5-grams of each word), each weighted by sublinear term frequency times inverse document
 * frequency, {@code (1 + ln tf) x idf}, and the message's vector scaled to unit length. The weighting is what the
 * maxent over the same features lacks: a common character n-gram ("^th", "ou$") no longer outvotes a rare, telling
 * word, and a long message no longer has more say than a short one.
 * <p>
 * A forward pass is features x labels multiplications. Immutable and thread-safe.
 */
public final class LinearScorer implements IntentScorer {

    public static final String TYPE = "linear-tfidf";

    private final List<String> labels;
    private final Map<String, Integer> rows;
    private final float[] idf;
    private final float[] weights;
    private final float[] bias;

    /**
     * @param labels  label order of {@link #probabilities}
     * @param rows    feature -> row
     * @param idf     inverse document frequency of each row
     * @param weights row {@code r}'s weights at {@code [r * labels, (r + 1) * labels)}
     * @param bias    one per label
     */
    public LinearScorer(List<String> labels, Map<String, Integer> rows, float[] idf, float[] weights, float[] bias) {
        this.labels = List.copyOf(labels);
        this.rows = Map.copyOf(rows);
        this.idf = idf.clone();
        this.weights = weights.clone();
        this.bias = bias.clone();
        if (this.labels.size() < 2 || this.idf.length != this.rows.size()
                || this.weights.length != this.rows.size() * this.labels.size() || this.bias.length != this.labels.size()) {
            throw new IllegalArgumentException("weights do not match " + this.rows.size() + " features x "
                    + this.labels.size() + " labels");
        }
    }

    /** A message's non-zero entries: known rows and their weights, the vector of unit length. */
    public record Vector(int[] rows, double[] values) {
    }

    /**
     * The weighted, unit-length vector of a feature list in a feature index; features without a row are skipped.
     * Training and serving share it.
     */
    public static Vector vector(List<String> features, Map<String, Integer> index, float[] idf) {
        Map<Integer, Integer> tf = new HashMap<>();
        for (String f : features) {
            Integer r = index.get(f);
            if (r != null) {
                tf.merge(r, 1, Integer::sum);
            }
        }
        int[] r = new int[tf.size()];
        double[] v = new double[tf.size()];
        int n = 0;
        double norm = 0;
        for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
            r[n] = e.getKey();
            v[n] = (1 + Math.log(e.getValue())) * idf[e.getKey()];
            norm += v[n] * v[n];
            n++;
        }
        if (norm > 0) {
            double scale = 1 / Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                v[i] *= scale;
            }
        }
        return new Vector(r, v);
    }

    /** Softmax of {@code bias + x . weights} into {@code p} (length = labels); training and serving share it. */
    public static void softmax(float[] weights, float[] bias, Vector x, double[] p) {
        int labels = p.length;
        for (int c = 0; c < labels; c++) {
            p[c] = bias[c];
        }
        for (int i = 0; i < x.rows().length; i++) {
            int base = x.rows()[i] * labels;
            double v = x.values()[i];
            for (int c = 0; c < labels; c++) {
                p[c] += v * weights[base + c];
            }
        }
        normalise(p);
    }

    /** Scores to probabilities in place: {@code exp(z - max) / sum}; the n-gram network's output layer uses it too. */
    static void normalise(double[] z) {
        double max = Arrays.stream(z).max().orElse(0);
        double total = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            total += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= total;
        }
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    public int featureCount() {
        return rows.size();
    }

    @Override
    public double[] probabilities(String[] tokens) {
        double[] p = new double[labels.size()];
        softmax(weights, bias, vector(NgramNetwork.features(tokens), rows, idf), p);
        return p;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** Labels, features (in row order), then idf, weights and biases as bfloat16. */
    @Override
    public void write(DataOutputStream out) throws IOException {
        ScorerFiles.writeNames(out, labels);
        ScorerFiles.writeNames(out, ScorerFiles.byRow(rows));
        ScorerFiles.writeFloats(out, idf);
        ScorerFiles.writeFloats(out, weights);
        ScorerFiles.writeFloats(out, bias);
    }

    public static LinearScorer read(DataInputStream in) throws IOException {
        List<String> labels = ScorerFiles.readNames(in);
        if (labels.size() < 2) {
            throw new IOException("not a linear intent scorer: " + labels.size() + " labels");
        }
        Map<String, Integer> rows = ScorerFiles.rows(ScorerFiles.readNames(in));
        float[] idf = ScorerFiles.readFloats(in, rows.size());
        float[] weights = ScorerFiles.readFloats(in, rows.size() * labels.size());
        float[] bias = ScorerFiles.readFloats(in, labels.size());
        return new LinearScorer(labels, rows, idf, weights, bias);
    }
}
