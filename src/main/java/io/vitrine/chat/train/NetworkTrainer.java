package io.vitrine.chat.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

import io.vitrine.chat.understanding.IntentExample;
import io.vitrine.chat.understanding.IntentModel;
import io.vitrine.chat.understanding.NgramNetwork;
import io.vitrine.chat.understanding.TextNormalizer;

/**
 * Trains an {@link NgramNetwork}, plain Java: every n-gram feature of the training messages gets a row; each member
 * is trained by SGD (one message at a time, learning rate decayed linearly, dropout on input features and hidden
 * units) on nine tenths of the data and keeps the epoch that did best on its own tenth (early stopping, patience
 * {@link NetworkOptions#patience()}). Member {@code k} holds out tenth {@code k}, so together they learn from all
 * of it. Deterministic for a given seed.
 */
public final class NetworkTrainer implements IntentModelTrainer {

    private final NetworkOptions options;
    private Consumer<String> log = s -> { };

    public NetworkTrainer(NetworkOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Where each member's epochs are reported (validation accuracy), for benchmarks and experiments. */
    public NetworkTrainer logTo(Consumer<String> sink) {
        this.log = Objects.requireNonNull(sink, "sink");
        return this;
    }

    @Override
    public IntentModel train(List<IntentExample> examples, String outOfScopeLabel, double threshold) {
        return new IntentModel(network(examples), outOfScopeLabel, threshold, java.time.Instant.now());
    }

    public NgramNetwork network(List<IntentExample> examples) {
        LabelIndex labelIndex = LabelIndex.of(examples);
        List<String> labels = labelIndex.labels();
        Map<String, Integer> features = new LinkedHashMap<>();
        List<List<String>> featureLists = new ArrayList<>(examples.size());
        for (IntentExample e : examples) {
            List<String> f = NgramNetwork.features(TextNormalizer.tokens(e.text()));
            featureLists.add(f);
            for (String s : f) {
                features.putIfAbsent(s, features.size());
            }
        }
        int[][] x = new int[examples.size()][];
        int[] y = new int[examples.size()];
        int[] fold = new int[examples.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            x[i] = NgramNetwork.rowsOf(featureLists.get(i), features);
            y[i] = labelIndex.of(examples.get(i));
            fold[i] = (seen.merge(examples.get(i).intent(), 1, Integer::sum) - 1) % NetworkOptions.VALIDATION_FOLDS;
        }
        List<NgramNetwork.Member> members = new ArrayList<>();
        for (int k = 0; k < options.members(); k++) {
            members.add(trainMember(x, y, fold, k, features.size(), labels.size(), options.seed() + k));
        }
        return new NgramNetwork(labels, features, options.hidden(), members);
    }

    private NgramNetwork.Member trainMember(int[][] x, int[] y, int[] fold, int heldOut, int rows, int labels, long seed) {
        int hid = options.hidden();
        Random random = new Random(seed);
        float[] embed = new float[rows * hid];
        float[] bias1 = new float[hid];
        float[] out = new float[labels * hid];
        float[] bias2 = new float[labels];
        // feature vectors start at zero: a feature only the member's validation tenth holds stays silent
        double xavier = Math.sqrt(6.0 / (hid + labels));
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) ((random.nextDouble() * 2 - 1) * xavier);
        }
        java.util.Arrays.fill(bias1, 0.01f);
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            (fold[i] == heldOut ? validation : train).add(i);
        }
        long steps = (long) options.maxEpochs() * train.size();
        long step = 0;
        double[] h = new double[hid];
        double[] dropped = new double[hid];
        double[] mask = new double[hid];
        double[] p = new double[labels];
        double[] dh = new double[hid];
        int[] kept = new int[Math.max(1, maxLength(x))];
        NgramNetwork.Member best = null;
        double bestAccuracy = -1;
        int since = 0;
        for (int epoch = 1; epoch <= options.maxEpochs() && since < options.patience(); epoch++) {
            java.util.Collections.shuffle(train, random);
            for (int i : train) {
                double lr = options.learningRate() * Math.max(0.0, 1.0 - step++ / (double) steps);
                int count = 0;
                for (int r : x[i]) {
                    if (random.nextDouble() >= options.inputDropout()) {
                        kept[count++] = r;
                    }
                }
                if (count == 0) {
                    count = x[i].length;
                    System.arraycopy(x[i], 0, kept, 0, count);
                }
                NgramNetwork.hiddenLayer(embed, bias1, hid, kept, count, h);
                double keep = 1 - options.hiddenDropout();
                for (int j = 0; j < hid; j++) {
                    mask[j] = random.nextDouble() < keep ? 1 / keep : 0;
                    dropped[j] = h[j] * mask[j];
                }
                NgramNetwork.outputLayer(out, bias2, hid, dropped, p);
                p[y[i]] -= 1;
                java.util.Arrays.fill(dh, 0);
                for (int c = 0; c < labels; c++) {
                    double g = p[c];
                    if (g == 0) {
                        continue;
                    }
                    int base = c * hid;
                    for (int j = 0; j < hid; j++) {
                        dh[j] += out[base + j] * g;
                        out[base + j] -= (float) (lr * g * dropped[j]);
                    }
                    bias2[c] -= (float) (lr * g);
                }
                double scale = 1 / Math.sqrt(count);
                for (int j = 0; j < hid; j++) {
                    dh[j] = h[j] > 0 ? dh[j] * mask[j] : 0;
                    bias1[j] -= (float) (lr * dh[j]);
                }
                for (int n = 0; n < count; n++) {
                    int base = kept[n] * hid;
                    for (int j = 0; j < hid; j++) {
                        embed[base + j] -= (float) (lr * scale * dh[j]);
                    }
                }
            }
            double accuracy = validation.isEmpty() ? epoch : accuracy(embed, bias1, out, bias2, x, y, validation, labels);
            log.accept(String.format(java.util.Locale.ROOT, "member %d epoch %d validation accuracy %.4f", heldOut, epoch, accuracy));
            if (accuracy > bestAccuracy) {
                bestAccuracy = accuracy;
                best = new NgramNetwork.Member(embed.clone(), bias1.clone(), out.clone(), bias2.clone());
                since = 0;
            } else {
                since++;
            }
        }
        return best;
    }

    private int maxLength(int[][] x) {
        int max = 0;
        for (int[] r : x) {
            max = Math.max(max, r.length);
        }
        return max;
    }

    private double accuracy(float[] embed, float[] bias1, float[] out, float[] bias2, int[][] x, int[] y,
                            List<Integer> validation, int labels) {
        int hid = options.hidden();
        double[] h = new double[hid];
        double[] p = new double[labels];
        int correct = 0;
        for (int i : validation) {
            NgramNetwork.hiddenLayer(embed, bias1, hid, x[i], x[i].length, h);
            NgramNetwork.outputLayer(out, bias2, hid, h, p);
            int best = 0;
            for (int c = 1; c < labels; c++) {
                if (p[c] > p[best]) {
                    best = c;
                }
            }
            if (best == y[i]) {
                correct++;
            }
        }
        return correct / (double) validation.size();
    }
}
