package io.vitrine.chat.understanding;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

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
    /** The same with the word and character blocks scaled apart: the word block's share is written first. */
    public static final String BLOCKS_TYPE = "linear-tfidf-blocks";
    /** The {@code wordShare} of one block: the whole vector scaled to unit length at once. */
    public static final double ONE_BLOCK = -1;

    private final List<String> labels;
    private final Map<String, Integer> rows;
    private final float[] idf;
    private final float[] weights;
    private final float[] bias;
    private final double wordShare;
    private final boolean stems;

    /**
     * @param labels  label order of {@link #probabilities}
     * @param rows    feature -> row
     * @param idf     inverse document frequency of each row
     * @param weights row {@code r}'s weights at {@code [r * labels, (r + 1) * labels)}
     * @param bias    one per label
     */
    public LinearScorer(List<String> labels, Map<String, Integer> rows, float[] idf, float[] weights, float[] bias) {
        this(labels, rows, idf, weights, bias, ONE_BLOCK);
    }

    /**
     * @param wordShare the share of the squared length given to the word features (unigrams and bigrams), the rest
     *                  to the character n-grams, or {@link #ONE_BLOCK}
     */
    public LinearScorer(List<String> labels, Map<String, Integer> rows, float[] idf, float[] weights, float[] bias,
                        double wordShare) {
        this.labels = List.copyOf(labels);
        this.rows = Map.copyOf(rows);
        this.idf = idf.clone();
        this.weights = weights.clone();
        this.bias = bias.clone();
        this.wordShare = wordShare;
        this.stems = this.rows.keySet().stream().anyMatch(k -> k.startsWith(STEM));
        if (wordShare != ONE_BLOCK && !(wordShare >= 0 && wordShare <= 1)) {
            throw new IllegalArgumentException("word share must be in [0, 1]: " + wordShare);
        }
        if (this.labels.size() < 2 || this.idf.length != this.rows.size()
                || this.weights.length != this.rows.size() * this.labels.size() || this.bias.length != this.labels.size()) {
            throw new IllegalArgumentException("weights do not match " + this.rows.size() + " features x "
                    + this.labels.size() + " labels");
        }
    }

    private static final String STEM = "s=";

    /**
     * The features a linear model reads: {@link NgramNetwork#features}, and with {@code stems} the English and the
     * French Snowball stem of each word of four letters or more ("deliveries" and "delivered" both "s=deliv"), so that
     * an inflection the training lines lack still meets its word.
     */
    public static List<String> features(String[] tokens, boolean stems) {
        List<String> out = NgramNetwork.features(tokens);
        if (stems) {
            // Snowball stemmers keep state between calls: one pair per message
            SnowballStemmer english = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
            SnowballStemmer french = new SnowballStemmer(SnowballStemmer.ALGORITHM.FRENCH);
            for (String t : tokens) {
                if (t.length() >= 4) {
                    String en = english.stem(t).toString();
                    String fr = french.stem(t).toString();
                    out.add(STEM + en);
                    if (!fr.equals(en)) {
                        out.add(STEM + fr);
                    }
                }
            }
        }
        return out;
    }

    /** A message's non-zero entries: known rows and their weights, the vector of unit length. */
    public record Vector(int[] rows, double[] values) {
    }

    /**
     * The weighted, unit-length vector of a feature list in a feature index; features without a row are skipped.
     * Training and serving share it.
     */
    public static Vector vector(List<String> features, Map<String, Integer> index, float[] idf) {
        return vector(features, index, idf, ONE_BLOCK);
    }

    /**
     * As {@link #vector(List, Map, float[])}, but with {@code wordShare} in [0, 1] the word features ("w=", "b=") and
     * the character n-grams ("c=") are each scaled to unit length first and then weighted so that the words hold
     * {@code wordShare} of the squared length: a message's few words are no longer outnumbered by its many character
     * n-grams. A block the message has no known feature of leaves the whole length to the other.
     */
    public static Vector vector(List<String> features, Map<String, Integer> index, float[] idf, double wordShare) {
        Map<Integer, Integer> tf = new HashMap<>();
        Map<Integer, Boolean> word = new HashMap<>();
        for (String f : features) {
            Integer r = index.get(f);
            if (r != null) {
                tf.merge(r, 1, Integer::sum);
                word.putIfAbsent(r, f.charAt(0) != 'c');
            }
        }
        int[] r = new int[tf.size()];
        double[] v = new double[tf.size()];
        boolean[] isWord = new boolean[tf.size()];
        int n = 0;
        double wordNorm = 0;
        double charNorm = 0;
        for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
            r[n] = e.getKey();
            v[n] = (1 + Math.log(e.getValue())) * idf[e.getKey()];
            isWord[n] = word.get(e.getKey());
            if (isWord[n]) {
                wordNorm += v[n] * v[n];
            } else {
                charNorm += v[n] * v[n];
            }
            n++;
        }
        double wordScale;
        double charScale;
        if (wordShare == ONE_BLOCK || wordNorm == 0 || charNorm == 0) {
            double norm = wordNorm + charNorm;
            wordScale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
            charScale = wordScale;
        } else {
            wordScale = Math.sqrt(wordShare / wordNorm);
            charScale = Math.sqrt((1 - wordShare) / charNorm);
        }
        for (int i = 0; i < n; i++) {
            v[i] *= isWord[i] ? wordScale : charScale;
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
        softmax(weights, bias, vector(features(tokens, stems), rows, idf, wordShare), p);
        return p;
    }

    @Override
    public String type() {
        return wordShare == ONE_BLOCK ? TYPE : BLOCKS_TYPE;
    }

    /** {@link #BLOCKS_TYPE}: the word share as a double, then as {@link #TYPE}. */
    public double wordShare() {
        return wordShare;
    }

    /**
     * Labels, features (in row order), then idf, weights and biases as bfloat16; for {@link #BLOCKS_TYPE} the word
     * share first.
     */
    @Override
    public void write(DataOutputStream out) throws IOException {
        if (wordShare != ONE_BLOCK) {
            out.writeDouble(wordShare);
        }
        ScorerFiles.writeNames(out, labels);
        ScorerFiles.writeNames(out, ScorerFiles.byRow(rows));
        ScorerFiles.writeFloats(out, idf);
        ScorerFiles.writeFloats(out, weights);
        ScorerFiles.writeFloats(out, bias);
    }

    public static LinearScorer read(DataInputStream in) throws IOException {
        return read(in, ONE_BLOCK);
    }

    public static LinearScorer readBlocks(DataInputStream in) throws IOException {
        return read(in, in.readDouble());
    }

    private static LinearScorer read(DataInputStream in, double wordShare) throws IOException {
        List<String> labels = ScorerFiles.readNames(in);
        if (labels.size() < 2) {
            throw new IOException("not a linear intent scorer: " + labels.size() + " labels");
        }
        Map<String, Integer> rows = ScorerFiles.rows(ScorerFiles.readNames(in));
        float[] idf = ScorerFiles.readFloats(in, rows.size());
        float[] weights = ScorerFiles.readFloats(in, rows.size() * labels.size());
        float[] bias = ScorerFiles.readFloats(in, labels.size());
        return new LinearScorer(labels, rows, idf, weights, bias, wordShare);
    }
}
