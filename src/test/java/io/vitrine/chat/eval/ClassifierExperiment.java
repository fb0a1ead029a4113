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
import io.vitrine.chat.understanding.EnsembleScorer;
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
                if (Boolean.getBoolean("experiment.faq")) {
                    tuneTrain.addAll(faqLines(lang));
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
                // mean:<spec>+<spec> (equal weights) or mean:0.7*<spec>+0.3*<spec>^2 (weight, temperature 2)
                List<IntentModel> members = new ArrayList<>();
                List<Double> weights = new ArrayList<>();
                List<Double> temperatures = new ArrayList<>();
                for (String member : args[i].substring(5).split("\\+")) {
                    int star = member.indexOf('*');
                    int hat = member.indexOf('^');
                    weights.add(star > 0 ? Double.parseDouble(member.substring(0, star)) : 1.0);
                    temperatures.add(hat > 0 ? Double.parseDouble(member.substring(hat + 1)) : 1.0);
                    String spec = member.substring(star + 1, hat > 0 ? hat : member.length());
                    members.add(cached(set, spec, tune.train(), oos));
                }
                model = averaged(members, weights, temperatures, oos);
            } else {
                model = args[i].startsWith("ens:")
                        ? averaged(List.of(cached(set, "maxent", tune.train(), oos), cached(set, args[i].substring(4), tune.train(), oos)), List.of(1.0, 1.0), List.of(1.0, 1.0), oos)
                        : cached(set, args[i], tune.train(), oos);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (Boolean.getBoolean("experiment.halves")) {
                // choose on half A (even positions), read half B (odd) only for the choice made on A
                List<IntentExample> a = new ArrayList<>();
                List<IntentExample> b = new ArrayList<>();
                for (int k = 0; k < tune.test().size(); k++) {
                    (k % 2 == 0 ? a : b).add(tune.test().get(k));
                }
                report(args[i] + " [A]", model, a, oos, seconds, english);
                report(args[i] + " [B]", model, b, oos, seconds, english);
            } else {
                report(args[i], model, tune.test(), oos, seconds, english);
            }
        }
        if (Boolean.getBoolean("experiment.duplicates")) {
            List<String> leaks = NearDuplicates.crossing(tune);
            System.out.printf(Locale.ROOT, "%s: %d of %d validation utterances have a near duplicate of their intent in training%n",
                    set, leaks.size(), tune.test().size());
        }
    }

    /**
     * The shop's own FAQ pages as weakly labelled lines ({@code -Dexperiment.faq=true}): each page's question and
     * each sentence of its answer under the page's intent (text the shop has, no shopper's wording).
     */
    static List<IntentExample> faqLines(ChatLanguage lang) throws IOException {
        List<IntentExample> out = new ArrayList<>();
        try (java.io.InputStream in = io.vitrine.chat.ChatLanguage.class.getResourceAsStream("faq-seed.tsv")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                String[] c = line.split("\t");
                if (line.startsWith("#") || c.length < 5 || !c[2].equals(lang.code())) {
                    continue;
                }
                out.add(new IntentExample(c[3], c[1]));
                for (String sentence : c[4].split("(?<=[.;!?])\\s+")) {
                    if (sentence.split(" ").length >= 3) {
                        out.add(new IntentExample(sentence, c[1]));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "faq %s: %d lines%n", lang.code(), out.size());
        return out;
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
        if (spec.startsWith("knn")) {
            // knn or knn,t=0.05: the nearest training line of each label (NearestLines), not cached (no file format)
            double tau = spec.contains("t=") ? Double.parseDouble(spec.substring(spec.indexOf("t=") + 2)) : 0.05;
            return new IntentModel(new NearestLines(train, tau), oos, 0, java.time.Instant.now());
        }
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

    /** The weighted mean of models' probabilities, each calibrated by its temperature, label by label (weights normalised). */
    static IntentModel averaged(List<IntentModel> models, List<Double> weights, List<Double> temperatures, String oos) {
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        double[] w = weights.stream().mapToDouble(x -> x / total).toArray();
        List<IntentScorer> scorers = models.stream().map(IntentModel::scorer).toList();
        return new IntentModel(new EnsembleScorer(scorers, w, temperatures.stream().mapToDouble(Double::doubleValue).toArray()), oos, 0, java.time.Instant.now());
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
        List<ThresholdSelector.Validation> margins = new ArrayList<>();
        int in = 0;
        int right = 0;
        int out = 0;
        int caught = 0;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (IntentExample e : validation.subList(0, Math.min(200, validation.size()))) {
            model.scores(e.text()); // warm-up, so the CPU figure below is the JIT-compiled path
        }
        long cpuStart = cpu.getCurrentThreadCpuTime();
        for (IntentExample e : validation) {
            model.scores(e.text());
        }
        double microsPerMessage = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e3 / validation.size();
        for (IntentExample e : validation) {
            double[] p = model.scores(e.text());
            int b = 0;
            for (int k = 1; k < p.length; k++) {
                b = p[k] > p[b] ? k : b;
            }
            double second = 0;
            for (int k = 0; k < p.length; k++) {
                second = k != b ? Math.max(second, p[k]) : second;
            }
            IntentModel.Scored s = new IntentModel.Scored(model.intents().get(b), p[b]);
            boolean goldOos = e.intent().equals(oos);
            rows.add(new ThresholdSelector.Validation(s.probability(), s.intent().equals(e.intent()), goldOos, s.intent().equals(oos)));
            margins.add(new ThresholdSelector.Validation(p[b] - second, s.intent().equals(e.intent()), goldOos, s.intent().equals(oos)));
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
        ThresholdSelector.Choice m = ThresholdSelector.standard().choose(margins);
        floors.append(String.format(Locale.ROOT, "  margin at 70%%: %.4f (t %.3f, oos %.3f)  CPU %.0f us/message",
                m.accuracy(), m.threshold(), m.oosRecall(), microsPerMessage));
        System.out.printf(Locale.ROOT, "%-40s%s%n", "", floors);
        if (!english.isEmpty()) {
            System.out.printf(Locale.ROOT, "%-40s argmax EN %.4f (%d) FR %.4f (%d)%n", "", en[1] / (double) en[0], en[0],
                    fr[1] / (double) fr[0], fr[0]);
        }
    }
}
