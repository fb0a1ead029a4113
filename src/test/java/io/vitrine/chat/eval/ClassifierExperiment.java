package io.vitrine.chat.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.train.IntentModelTrainer;
import io.vitrine.chat.train.IntentTrainer;
import io.vitrine.chat.train.LinearOptions;
import io.vitrine.chat.train.LinearTrainer;
import io.vitrine.chat.train.NetworkOptions;
import io.vitrine.chat.train.NetworkTrainer;
import io.vitrine.chat.train.ThresholdSelector;
import io.vitrine.chat.train.TrainingOptions;
import io.vitrine.chat.understanding.IntentCorpus;
import io.vitrine.chat.understanding.IntentExample;
import io.vitrine.chat.understanding.IntentModel;
import io.vitrine.chat.understanding.IntentScorer;

/**
 * Chooses the classifier's settings on validation data only: for {@code clincval}, CLINC150's own val.tsv +
 * oos_val.tsv (other crowd workers than train.tsv, so it holds fewer near duplicates of training lines: 15 % against
 * 23 % for a carved fifth); for {@code clinc}, a fifth of
 * CLINC150's train.tsv + oos_train.tsv (every 5th utterance per intent); for {@code own}, a fifth of the training
 * part of the benchmark's own-corpus split (the held-out fifth is never read). Neither test.tsv, oos_test.tsv, the
 * own held-out fifth nor the realistic set is touched.
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) io.vitrine.chat.eval.ClassifierExperiment \
 *     ../shared/datasets own maxent h=64,lr=0.2,id=0.2,hd=0.3,m=1 linear,e=30,lr=0.2 ens:linear
 * </pre>
 * ({@code maxent}, {@code linear[,e=,lr=,s=,l2=,ls=,avg=,k=]} (label smoothing, averaged last epochs, feature kinds
 * out of {@code wbc}), the network's {@code h=,lr=,...}, {@code ens:<spec>} = the mean of the maxent and that model,
 * {@code mean:<spec>+<spec>+...} = the mean of those models.) With {@code -Dexperiment.roundtrip=true} each model is
 * written and read back first, so the figures are those of the model file; with {@code -Dexperiment.cache=<dir>} the
 * models are kept there and read back by later runs of the same set and spec; {@code -Dexperiment.duplicates=true}
 * counts the validation utterances with a near duplicate of their intent in training; with
 * {@code -Dexperiment.extraLines=true}, {@code own} also trains on the candidate lines of
 * {@code io/vitrine/chat/eval/intents-<lang>-extra.tsv} (test resources, not shipped); with
 * {@code -Dexperiment.newWriter=true} those lines are the validation set instead of the carved fifth.
 * Prints, per setting: argmax accuracy of the in-scope validation messages, out-of-scope recall at argmax, and the
 * in-scope accuracy at the threshold that rejects 70 % (60, 65, 68 %) of the out-of-scope validation messages, with
 * the training time.
 */
public final class ClassifierExperiment {

    private ClassifierExperiment() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        String set = args[1];
        HeldOutSplit tune;
        String oos;
        java.util.Set<IntentExample> english = new java.util.HashSet<>();
        if (set.equals("clincval")) {
            // CLINC150's own validation split (other crowd workers than train, unlike a carved fifth)
            Path dir = data.resolve("clinc150");
            List<IntentExample> train = new ArrayList<>(ChatBenchmark.read(dir.resolve("train.tsv")));
            train.addAll(ChatBenchmark.read(dir.resolve("oos_train.tsv")));
            List<IntentExample> val = new ArrayList<>(ChatBenchmark.read(dir.resolve("val.tsv")));
            val.addAll(ChatBenchmark.read(dir.resolve("oos_val.tsv")));
            tune = new HeldOutSplit(train, val);
            oos = "oos";
        } else if (set.equals("clinc")) {
            Path dir = data.resolve("clinc150");
            List<IntentExample> train = new ArrayList<>(ChatBenchmark.read(dir.resolve("train.tsv")));
            train.addAll(ChatBenchmark.read(dir.resolve("oos_train.tsv")));
            tune = HeldOutSplit.fold(train, 5, 0);
            oos = "oos";
        } else {
            List<IntentExample> tuneTrain = new ArrayList<>();
            List<IntentExample> tuneVal = new ArrayList<>();
            for (ChatLanguage lang : ChatLanguage.values()) {
                HeldOutSplit benchmarkSplit = HeldOutSplit.everyNth(IntentCorpus.load(lang), 5);
                HeldOutSplit carved = HeldOutSplit.fold(benchmarkSplit.train(), 5, 0);
                tuneTrain.addAll(carved.train());
                if (Boolean.getBoolean("experiment.extraLines")) {
                    tuneTrain.addAll(extraLines(lang));
                }
                tuneVal.addAll(carved.test());
                if (lang == ChatLanguage.EN) {
                    english.addAll(carved.test());
                }
            }
            if (Boolean.getBoolean("experiment.newWriter") && Boolean.getBoolean("experiment.extraLines")) {
                throw new IllegalArgumentException("the new writer's lines are either training (extraLines) or validation (newWriter)");
            }
            if (Boolean.getBoolean("experiment.newWriter")) {
                // a new writer's messages as validation instead of the carved fifth (the training part unchanged)
                tuneVal.clear();
                english.clear();
                for (ChatLanguage lang : ChatLanguage.values()) {
                    tuneVal.addAll(extraLines(lang));
                    if (lang == ChatLanguage.EN) {
                        english.addAll(extraLines(lang));
                    }
                }
            }
            tune = new HeldOutSplit(tuneTrain, tuneVal);
            oos = IntentCorpus.OUT_OF_SCOPE;
        }
        System.out.printf(Locale.ROOT, "%s: tuning on %d, validating on %d%n", set, tune.train().size(), tune.test().size());
        for (int i = 2; i < args.length; i++) {
            long start = System.nanoTime();
            IntentModel model;
            if (args[i].startsWith("mean:")) {
                List<IntentModel> members = new ArrayList<>();
                for (String member : args[i].substring(5).split("\\+")) {
                    members.add(cached(set, member, tune.train(), oos));
                }
                model = averaged(members, oos);
            } else {
                model = args[i].startsWith("ens:")
                        ? averaged(List.of(cached(set, "maxent", tune.train(), oos), cached(set, args[i].substring(4), tune.train(), oos)), oos)
                        : cached(set, args[i], tune.train(), oos);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            report(args[i], model, tune.test(), oos, seconds, english);
        }
        if (Boolean.getBoolean("experiment.duplicates")) {
            List<String> leaks = NearDuplicates.crossing(tune);
            System.out.printf(Locale.ROOT, "%s: %d of %d validation utterances have a near duplicate of their intent in training%n",
                    set, leaks.size(), tune.test().size());
        }
    }

    /** The candidate training lines of session 11 for a language (test resources). */
    static List<IntentExample> extraLines(ChatLanguage lang) throws IOException {
        String name = "intents-" + lang.code() + "-extra.tsv";
        try (java.io.InputStream in = ClassifierExperiment.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing " + name);
            }
            return IntentCorpus.read(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /**
     * Trains {@code spec} on {@code train}, or reads the model an earlier run of the same set and spec left in
     * {@code -Dexperiment.cache} (so means of models and threshold rules cost no retraining).
     */
    private static IntentModel cached(String set, String spec, List<IntentExample> train, String oos) throws IOException {
        String dir = System.getProperty("experiment.cache", "");
        Path file = dir.isEmpty() ? null : Path.of(dir, set + "-" + spec.replaceAll("[^A-Za-z0-9.=,-]", "_") + ".model");
        if (file != null && java.nio.file.Files.exists(file)) {
            return IntentModel.read(file);
        }
        long start = System.nanoTime();
        IntentModel trained = trainer(spec).train(train, oos, 0);
        System.out.printf(Locale.ROOT, "%-40s trained in %.1f s%n", spec, (System.nanoTime() - start) / 1e9);
        IntentModel model = Boolean.getBoolean("experiment.roundtrip") || file != null ? roundtrip(trained) : trained;
        if (file != null) {
            java.nio.file.Files.createDirectories(file.getParent());
            model.write(file);
        }
        return model;
    }

    private static IntentModel roundtrip(IntentModel model) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        model.write(bytes);
        return IntentModel.read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
    }

    /** The mean of models' probabilities, label by label (labels matched by name). */
    static IntentModel averaged(List<IntentModel> models, String oos) {
        IntentModel a = models.get(0);
        IntentScorer mean = new IntentScorer() {
            @Override
            public List<String> labels() {
                return a.intents();
            }

            @Override
            public double[] probabilities(String[] tokens) {
                String text = String.join(" ", tokens);
                double[] out = new double[a.intents().size()];
                for (IntentModel m : models) {
                    double[] p = m.scores(text);
                    for (int i = 0; i < out.length; i++) {
                        out[i] += p[m.intents().indexOf(a.intents().get(i))] / models.size();
                    }
                }
                return out;
            }

            @Override
            public String type() {
                return "averaged";
            }

            @Override
            public void write(java.io.DataOutputStream out) {
                throw new UnsupportedOperationException("experiment only");
            }
        };
        return new IntentModel(mean, oos, 0, java.time.Instant.now());
    }

    static IntentModelTrainer trainer(String spec) {
        if (spec.equals("maxent")) {
            return new IntentTrainer(TrainingOptions.defaults().withThreads(1));
        }
        if (spec.startsWith("linear")) {
            // linear or linear,e=30,lr=0.2,s=7
            LinearOptions o = LinearOptions.defaults();
            for (String part : spec.split(",")) {
                String[] p = part.split("=");
                switch (p[0]) {
                    case "e" -> o = o.withEpochs(Integer.parseInt(p[1]));
                    case "lr" -> o = o.withLearningRate(Double.parseDouble(p[1]));
                    case "s" -> o = o.withSeed(Long.parseLong(p[1]));
                    case "l2" -> o = o.withL2(Double.parseDouble(p[1]));
                    case "ls" -> o = o.withLabelSmoothing(Double.parseDouble(p[1]));
                    case "avg" -> o = o.withAveragedEpochs(Integer.parseInt(p[1]));
                    case "k" -> o = o.withKinds(p[1]);
                    case "ws" -> o = o.withWordShare(Double.parseDouble(p[1]));
                    case "wd" -> o = o.withWordDropout(Double.parseDouble(p[1]));
                    default -> { }
                }
            }
            return new LinearTrainer(o);
        }
        Map<String, String> kv = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String[] p = part.split("=");
            kv.put(p[0], p[1]);
        }
        NetworkOptions d = NetworkOptions.defaults();
        NetworkOptions o = new NetworkOptions(
                Integer.parseInt(kv.getOrDefault("h", "" + d.hidden())),
                Integer.parseInt(kv.getOrDefault("e", "" + d.maxEpochs())),
                Double.parseDouble(kv.getOrDefault("lr", "" + d.learningRate())),
                Double.parseDouble(kv.getOrDefault("id", "" + d.inputDropout())),
                Double.parseDouble(kv.getOrDefault("hd", "" + d.hiddenDropout())),
                Integer.parseInt(kv.getOrDefault("m", "" + d.members())),
                Integer.parseInt(kv.getOrDefault("p", "" + d.patience())),
                Long.parseLong(kv.getOrDefault("s", "" + d.seed())));
        return new NetworkTrainer(o).logTo(s -> {
            if (Boolean.getBoolean("experiment.verbose")) {
                System.out.println("  " + s);
            }
        });
    }

    private static void report(String spec, IntentModel model, List<IntentExample> validation, String oos, double seconds,
                               java.util.Set<IntentExample> english) {
        int[] en = new int[2];
        int[] fr = new int[2];
        List<ThresholdSelector.Validation> rows = new ArrayList<>();
        int in = 0;
        int right = 0;
        int out = 0;
        int caught = 0;
        for (IntentExample e : validation) {
            IntentModel.Scored s = model.best(e.text());
            boolean goldOos = e.intent().equals(oos);
            rows.add(new ThresholdSelector.Validation(s.probability(), s.intent().equals(e.intent()), goldOos, s.intent().equals(oos)));
            if (goldOos) {
                out++;
                caught += s.intent().equals(oos) ? 1 : 0;
            } else {
                in++;
                right += s.intent().equals(e.intent()) ? 1 : 0;
                int[] lang = english.contains(e) ? en : fr;
                lang[0]++;
                lang[1] += s.intent().equals(e.intent()) ? 1 : 0;
            }
        }
        ThresholdSelector.Choice c = ThresholdSelector.standard().choose(rows);
        System.out.printf(Locale.ROOT, "%-40s argmax %.4f (oos %.3f)  at 70%% oos: %.4f (t %.3f, oos %.3f)  %.1f s%n",
                spec, right / (double) in, caught / (double) Math.max(1, out), c.accuracy(), c.threshold(), c.oosRecall(), seconds);
        StringBuilder floors = new StringBuilder();
        for (double floor : new double[] {0.60, 0.65, 0.68}) {
            ThresholdSelector.Choice f = ThresholdSelector.minOosRecall(floor).choose(rows);
            floors.append(String.format(Locale.ROOT, "  at %.0f%%: %.4f (t %.3f, oos %.3f)", floor * 100, f.accuracy(), f.threshold(), f.oosRecall()));
        }
        System.out.printf(Locale.ROOT, "%-40s%s%n", "", floors);
        if (!english.isEmpty()) {
            System.out.printf(Locale.ROOT, "%-40s argmax EN %.4f (%d) FR %.4f (%d)%n", "", en[1] / (double) en[0], en[0],
                    fr[1] / (double) fr[0], fr[0]);
        }
    }
}
