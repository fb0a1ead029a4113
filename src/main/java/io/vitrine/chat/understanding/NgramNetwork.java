package io.vitrine.chat.understanding;

import io.vitrine.chat.CharNGramFeatures;
import io.vitrine.chat.WordNGramFeatures;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A small neural intent classifier over the maxent's own n-gram features (word unigrams, bigrams with sentence
 * boundaries, character 3-5-grams of each word): every feature seen in training has a learnt vector, a message is
 * the sum of its features' vectors scaled by 1/sqrt(count), one hidden layer (ReLU) and a softmax over the labels.
 * Several members trained from different seeds and validation tenths are averaged (their probabilities).
 * <p>
 * The input is sparse (a message has about 150 of the corpus's ~100,000 features), so a forward pass costs
 * features x hidden + hidden x labels multiplications: well under a millisecond, where a dense library would
 * multiply the whole 100,000-wide input. Immutable and thread-safe.
 */
public final class NgramNetwork implements IntentScorer {

    public static final String TYPE = "ngram-network";

    private final List<String> labels;
    private final Map<String, Integer> rows;
    private final int hidden;
    private final List<Member> members;

    /**
     * The weights of one trained network; arrays are owned by the member once built (the trainer hands them over).
     *
     * @param embed  feature vectors, row {@code r} at {@code [r * hidden, (r + 1) * hidden)}
     * @param bias1  hidden biases
     * @param out    output weights, label {@code c} at {@code [c * hidden, (c + 1) * hidden)}
     * @param bias2  output biases
     */
    public record Member(float[] embed, float[] bias1, float[] out, float[] bias2) {

        public Member {
            Objects.requireNonNull(embed, "embed");
            Objects.requireNonNull(bias1, "bias1");
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(bias2, "bias2");
        }
    }

    public NgramNetwork(List<String> labels, Map<String, Integer> rows, int hidden, List<Member> members) {
        this.labels = List.copyOf(labels);
        this.rows = Map.copyOf(rows);
        this.hidden = hidden;
        this.members = List.copyOf(members);
        if (this.members.isEmpty() || hidden < 1 || this.labels.size() < 2) {
            throw new IllegalArgumentException("a network needs a member, a hidden layer and two labels");
        }
        for (Member m : this.members) {
            if (m.embed().length != this.rows.size() * hidden || m.bias1().length != hidden
                    || m.out().length != this.labels.size() * hidden || m.bias2().length != this.labels.size()) {
                throw new IllegalArgumentException("member weights do not match " + this.rows.size() + " features x "
                        + hidden + " hidden x " + this.labels.size() + " labels");
            }
        }
    }

    /** The n-gram features of a normalised message, as the maxent saw them. */
    public static List<String> features(String[] tokens) {
        List<String> out = new ArrayList<>(new WordNGramFeatures().extractFeatures(tokens, Map.of()));
        out.addAll(new CharNGramFeatures().extractFeatures(tokens, Map.of()));
        return out;
    }

    /** The rows of the message's features that training saw (unknown ones carry nothing). */
    public int[] rowsOf(String[] tokens) {
        return rowsOf(features(tokens), rows);
    }

    /** Rows of {@code features} in a feature index; features without a row are skipped. */
    public static int[] rowsOf(List<String> features, Map<String, Integer> index) {
        int[] out = new int[features.size()];
        int n = 0;
        for (String f : features) {
            Integer r = index.get(f);
            if (r != null) {
                out[n++] = r;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    public int hidden() {
        return hidden;
    }

    public int featureCount() {
        return rows.size();
    }

    public int memberCount() {
        return members.size();
    }

    @Override
    public double[] probabilities(String[] tokens) {
        int[] r = rowsOf(tokens);
        double[] sum = new double[labels.size()];
        double[] h = new double[hidden];
        double[] p = new double[labels.size()];
        for (Member m : members) {
            hiddenLayer(m.embed(), m.bias1(), hidden, r, r.length, h);
            outputLayer(m.out(), m.bias2(), hidden, h, p);
            for (int c = 0; c < p.length; c++) {
                sum[c] += p[c] / members.size();
            }
        }
        return sum;
    }

    /**
     * {@code h = relu(bias1 + (1/sqrt(count)) x sum of the first {@code count} rows' vectors)}; the training and
     * the serving path share it. No row at all leaves the biases alone.
     */
    public static void hiddenLayer(float[] embed, float[] bias1, int hidden, int[] rows, int count, double[] h) {
        for (int j = 0; j < hidden; j++) {
            h[j] = 0;
        }
        for (int i = 0; i < count; i++) {
            int base = rows[i] * hidden;
            for (int j = 0; j < hidden; j++) {
                h[j] += embed[base + j];
            }
        }
        double scale = count == 0 ? 0 : 1 / Math.sqrt(count);
        for (int j = 0; j < hidden; j++) {
            h[j] = Math.max(0, bias1[j] + scale * h[j]);
        }
    }

    /** Softmax of {@code bias2 + out x h} into {@code p}. */
    public static void outputLayer(float[] out, float[] bias2, int hidden, double[] h, double[] p) {
        for (int c = 0; c < p.length; c++) {
            double z = bias2[c];
            int base = c * hidden;
            for (int j = 0; j < hidden; j++) {
                z += out[base + j] * h[j];
            }
            p[c] = z;
        }
        LinearScorer.normalise(p);
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** Labels, features (in row order), hidden size, then each member's arrays as bfloat16. */
    @Override
    public void write(DataOutputStream out) throws IOException {
        ScorerFiles.writeNames(out, labels);
        ScorerFiles.writeNames(out, ScorerFiles.byRow(rows));
        out.writeInt(hidden);
        out.writeInt(members.size());
        for (Member m : members) {
            for (float[] a : List.of(m.embed(), m.bias1(), m.out(), m.bias2())) {
                ScorerFiles.writeFloats(out, a);
            }
        }
    }

    public static NgramNetwork read(DataInputStream in) throws IOException {
        List<String> labels = ScorerFiles.readNames(in);
        Map<String, Integer> rows = ScorerFiles.rows(ScorerFiles.readNames(in));
        int labelCount = labels.size();
        int featureCount = rows.size();
        int hidden = in.readInt();
        int memberCount = in.readInt();
        if (hidden < 1 || memberCount < 1 || labelCount < 2) {
            throw new IOException("not an n-gram network: " + labelCount + " labels, " + hidden + " hidden, " + memberCount + " members");
        }
        List<Member> members = new ArrayList<>();
        for (int k = 0; k < memberCount; k++) {
            members.add(new Member(ScorerFiles.readFloats(in, featureCount * hidden), ScorerFiles.readFloats(in, hidden),
                    ScorerFiles.readFloats(in, labelCount * hidden), ScorerFiles.readFloats(in, labelCount)));
        }
        return new NgramNetwork(labels, rows, hidden, members);
    }
}
