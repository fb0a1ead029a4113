package io.vitrine.chat.understanding;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The weighted mean of other scorers' probabilities, label by label (members may list their labels in any order;
 * each must have the same set). Models of different shapes (the tf-idf regression, the n-gram network) err on
 * different messages, so their mean errs less than either. Each member's probabilities are first calibrated by a
 * temperature ({@code p^(1/T)}, renormalised: T > 1 softens a member that is sure too often), so an over-confident
 * member does not outvote the others; weights and temperatures are chosen on validation data.
 * Immutable and thread-safe.
 */
public final class EnsembleScorer implements IntentScorer {

    public static final String TYPE = "ensemble";

    private final List<IntentScorer> members;
    private final double[] weights;
    private final double[] temperatures;
    private final List<String> labels;
    /** {@code index[m][i]}: where label {@code i} of this scorer is in member {@code m}'s probabilities. */
    private final int[][] index;

    /**
     * @param members at least one scorer, all with the same label set
     * @param weights one per member, non-negative, summing to 1 (within 1e-6)
     */
    public EnsembleScorer(List<IntentScorer> members, double[] weights) {
        this(members, weights, ones(weights.length));
    }

    /**
     * @param temperatures one per member, positive (1: the member's probabilities as they are)
     */
    public EnsembleScorer(List<IntentScorer> members, double[] weights, double[] temperatures) {
        this.members = List.copyOf(members);
        this.weights = weights.clone();
        this.temperatures = temperatures.clone();
        if (this.members.isEmpty() || this.weights.length != this.members.size()
                || this.temperatures.length != this.members.size()) {
            throw new IllegalArgumentException("one weight and one temperature per member, at least one member");
        }
        for (double t : this.temperatures) {
            if (!(t > 0) || Double.isInfinite(t)) {
                throw new IllegalArgumentException("temperature must be positive: " + t);
            }
        }
        double total = 0;
        for (double w : this.weights) {
            if (!(w >= 0)) {
                throw new IllegalArgumentException("negative weight " + w);
            }
            total += w;
        }
        if (Math.abs(total - 1) > 1e-6) {
            throw new IllegalArgumentException("weights must sum to 1: " + total);
        }
        this.labels = this.members.get(0).labels();
        this.index = new int[this.members.size()][labels.size()];
        for (int m = 0; m < this.members.size(); m++) {
            List<String> own = this.members.get(m).labels();
            if (own.size() != labels.size()) {
                throw new IllegalArgumentException("member " + m + " has other labels");
            }
            for (int i = 0; i < labels.size(); i++) {
                index[m][i] = own.indexOf(labels.get(i));
                if (index[m][i] < 0) {
                    throw new IllegalArgumentException("member " + m + " lacks label " + labels.get(i));
                }
            }
        }
    }

    private static double[] ones(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, 1);
        return a;
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    public List<IntentScorer> members() {
        return members;
    }

    public double[] weights() {
        return weights.clone();
    }

    public double[] temperatures() {
        return temperatures.clone();
    }

    /** {@code p^(1/T)} renormalised, in place ({@code T = 1}: unchanged). */
    static void calibrate(double[] p, double temperature) {
        if (temperature == 1) {
            return;
        }
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.pow(p[i], 1 / temperature);
            total += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= total;
        }
    }

    @Override
    public double[] probabilities(String[] tokens) {
        double[] out = new double[labels.size()];
        for (int m = 0; m < members.size(); m++) {
            if (weights[m] == 0) {
                continue;
            }
            double[] p = members.get(m).probabilities(tokens);
            calibrate(p, temperatures[m]);
            for (int i = 0; i < out.length; i++) {
                out[i] += weights[m] * p[index[m][i]];
            }
        }
        return out;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** Member count, then each member's weight, temperature, type tag and bytes. */
    @Override
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(members.size());
        for (int m = 0; m < members.size(); m++) {
            out.writeDouble(weights[m]);
            out.writeDouble(temperatures[m]);
            out.writeUTF(members.get(m).type());
            members.get(m).write(out);
        }
    }

    public static EnsembleScorer read(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 1 || count > 16) {
            throw new IOException("bad ensemble member count " + count);
        }
        List<IntentScorer> members = new ArrayList<>(count);
        double[] weights = new double[count];
        double[] temperatures = new double[count];
        for (int m = 0; m < count; m++) {
            weights[m] = in.readDouble();
            temperatures[m] = in.readDouble();
            String type = in.readUTF();
            if (TYPE.equals(type)) {
                throw new IOException("nested ensemble");
            }
            members.add(IntentScorer.read(type, in));
        }
        try {
            return new EnsembleScorer(members, weights, temperatures);
        } catch (IllegalArgumentException e) {
            throw new IOException("bad ensemble: " + e.getMessage(), e);
        }
    }
}
