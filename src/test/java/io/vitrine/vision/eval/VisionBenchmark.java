package io.vitrine.vision.eval;

import io.vitrine.bench.BenchReport;
import io.vitrine.bench.Benchmark;
import io.vitrine.vision.PhotoAnalysis;
import io.vitrine.vision.ImageDecoder;
import io.vitrine.vision.ImageTensors;
import io.vitrine.vision.IndexedImage;
import io.vitrine.vision.VisionModel;
import io.vitrine.vision.VisualIndex;
import io.vitrine.vision.VisualIndexes;
import io.vitrine.vision.VisualMatch;
import io.vitrine.vision.Vectors;
import io.vitrine.vision.train.LabelledImage;
import io.vitrine.vision.eval.FashionSplit.Photo;
import io.vitrine.vision.train.VisionTrainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * {@code mvn -Pbench -Dbench=vision verify}: the product-photo protocol of {@code ../shared/datasets/README.md}
 * (sub-categories with at least 70 photos, stratified 80/20 split by sub-category, fixed seed) on
 * {@code fashion-products}, then the index alone on {@code synthetic-<n>} random unit vectors.
 * <p>
 * Overrides: {@code -Dbench.vision.epochs}, {@code -Dbench.vision.size} (input pixels),
 * {@code -Dbench.vision.augment} (strength 0-1), {@code -Dbench.vision.budget_s} (training seconds, 0 = none),
 * {@code -Dbench.vision.limit} (photos, for a quick look), {@code -Dbench.vision.padded} (latency index size),
 * {@code -Dbench.vision.synthetic} (synthetic index size), {@code -Dbench.vision.synthetic_budget_s} (seconds of
 * HNSW building for the synthetic indexes, 0 = exact search only), {@code -Dbench.vision.synthetic_steps=false} (the
 * synthetic target size only, not the 100k / 200k / 500k steps before it), {@code -Dbench.vision.only=synthetic} (skip the photo part).
 * The bench profile forwards the last three to the benchmark's JVM; the others apply when BenchMain is run with
 * {@code java} directly.
 */
public final class VisionBenchmark implements Benchmark {

    public record Settings(int minImages, double testShare, long seed, int limit, VisionTrainer.Settings training,
                           int paddedIndexSize, int latencyQueries, int syntheticSize, int syntheticQueries,
                           int syntheticBudgetSeconds, boolean photos) {

        public Settings(int minImages, double testShare, long seed, int limit, VisionTrainer.Settings training,
                        int paddedIndexSize, int latencyQueries, int syntheticSize, int syntheticQueries) {
            this(minImages, testShare, seed, limit, training, paddedIndexSize, latencyQueries, syntheticSize, syntheticQueries,
                    1200, true);
        }

        public static Settings fromSystemProperties() {
            VisionTrainer.Settings training = VisionTrainer.Settings.defaults()
                    .withEpochs(Integer.getInteger("bench.vision.epochs", VisionTrainer.Settings.defaults().epochs()))
                    .withInputSize(Integer.getInteger("bench.vision.size", VisionTrainer.Settings.defaults().inputSize()))
                    .withAugmentation(Double.parseDouble(System.getProperty("bench.vision.augment",
                            Double.toString(VisionTrainer.Settings.defaults().augmentation()))))
                    .withTimeBudget(java.time.Duration.ofSeconds(Long.getLong("bench.vision.budget_s",
                            VisionTrainer.Settings.defaults().timeBudget().toSeconds())));
            return new Settings(70, 0.2, 42, Integer.getInteger("bench.vision.limit", Integer.MAX_VALUE), training,
                    Integer.getInteger("bench.vision.padded", 100_000), 500,
                    Integer.getInteger("bench.vision.synthetic", 1_000_000), 500,
                    Integer.getInteger("bench.vision.synthetic_budget_s", 1200),
                    !"synthetic".equals(System.getProperty("bench.vision.only")));
        }
    }

    private static final int K = 10;

    private final Settings settings;

    public VisionBenchmark() {
        this(Settings.fromSystemProperties());
    }

    public VisionBenchmark(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void run(Path data, BenchReport report) throws Exception {
        if (settings.photos()) {
            fashionProducts(data.resolve("fashion-products"), report);
        }
        synthetic(report);
    }

    private void fashionProducts(Path folder, BenchReport report) throws IOException {
        String dataset = "fashion-products";
        FashionSplit split = FashionSplit.of(folder, settings.minImages(), settings.testShare(), settings.seed(), settings.limit());
        List<Photo> train = split.train();
        List<Photo> test = split.test();
        log("%s: %d sub-categories with >= %d photos, %d train / %d test", dataset, split.subCategories().size(),
                settings.minImages(), train.size(), test.size());

        ImageDecoder decoder = new ImageDecoder();
        int size = settings.training().inputSize();
        long t0 = System.nanoTime();
        List<LabelledImage> trainImages = new ArrayList<>();
        for (Photo p : train) {
            trainImages.add(new LabelledImage(p.subCategory(), tensor(decoder, p, size)));
        }
        List<float[]> testTensors = new ArrayList<>();
        for (Photo p : test) {
            testTensors.add(tensor(decoder, p, size));
        }
        log("decoded %d photos in %.1f s", train.size() + test.size(), (System.nanoTime() - t0) / 1e9);

        VisionTrainer trainer = new VisionTrainer(settings.training());
        long cpu0 = processCpuNanos();
        long t1 = System.nanoTime();
        VisionModel model = trainer.train(trainImages, (epoch, epochs, loss) ->
                log("epoch %d/%d loss %.4f (%.0f s)", epoch, epochs, loss, (System.nanoTime() - t1) / 1e9));
        double trainSeconds = (System.nanoTime() - t1) / 1e9;
        // on shared cores the wall time says little about the cost: print the CPU time too
        log("training: %.0f s wall, %.0f s CPU (%.2f cores on average)", trainSeconds,
                (processCpuNanos() - cpu0) / 1e9, (processCpuNanos() - cpu0) / 1e9 / trainSeconds);
        String name = "cnn-" + size;

        Classification classification = new Classification();
        List<PhotoAnalysis> testAnalyses = model.analyse(testTensors);
        for (int i = 0; i < test.size(); i++) {
            classification.add(test.get(i).subCategory(), testAnalyses.get(i).ranked());
        }
        List<PhotoAnalysis> trainAnalyses = model.analyse(trainImages.stream().map(LabelledImage::tensor).toList());
        List<IndexedImage> catalogue = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            catalogue.add(new IndexedImage(train.get(i).id(), train.get(i).subCategory(), trainAnalyses.get(i).embedding()));
        }
        NeighbourPrecision precision = new NeighbourPrecision(K);
        try (VisualIndex exact = VisualIndexes.exact(catalogue)) {
            for (int i = 0; i < test.size(); i++) {
                precision.add(test.get(i).subCategory(), exact.search(testAnalyses.get(i).embedding(), K, Optional.empty()));
            }
        }
        report.add(dataset, name, "accuracy", classification.accuracy());
        report.add(dataset, name, "macro-f1", classification.macroF1());
        report.add(dataset, name, "top3-accuracy", classification.topK(3));
        report.add(dataset, name, "precision@10", precision.mean());
        report.add(dataset, name, "train_s", trainSeconds);
        for (String sub : split.subCategories()) {
            log("  %-12s F1 %.3f", sub, classification.f1(sub));
        }

        double[] latencies = queryLatencies(decoder, model, catalogue, test);
        report.add(dataset, name, "query_p50_ms", percentile(latencies, 50));
        report.add(dataset, name, "query_p99_ms", percentile(latencies, 99));

        report.anchor(dataset, "dl4j-cnn-32, 5 epochs", "accuracy", 0.91);
        report.anchor(dataset, "dl4j-cnn-32, 5 epochs", "macro-f1", 0.84);
        report.anchor(dataset, "dl4j-cnn-32, 5 epochs", "precision@10", 0.95);
        report.anchor(dataset, "always-Topwear", "accuracy", 0.47);
    }

    /** JPEG bytes in, ranked ids out, against an HNSW index padded to the target size with near-copies. */
    private double[] queryLatencies(ImageDecoder decoder, VisionModel model, List<IndexedImage> catalogue, List<Photo> test) throws IOException {
        List<IndexedImage> padded = new ArrayList<>(catalogue);
        Random random = new Random(settings.seed() + 1);
        // near-copies of real embeddings crowd the region queries land in; random vectors would be trivially far away
        for (int i = 0; padded.size() < settings.paddedIndexSize(); i++) {
            IndexedImage source = catalogue.get(random.nextInt(catalogue.size()));
            float[] v = source.embedding();
            for (int d = 0; d < v.length; d++) {
                v[d] = Math.max(0f, v[d] + (float) (random.nextGaussian() * 0.05));
            }
            padded.add(new IndexedImage("pad-" + i, source.subCategory(), Vectors.normalise(v)));
        }
        long t0 = System.nanoTime();
        try (VisualIndex index = VisualIndexes.hnsw(padded)) {
            log("latency index: %d photos, HNSW built in %.1f s", index.size(), (System.nanoTime() - t0) / 1e9);
            List<byte[]> uploads = new ArrayList<>();
            for (int i = 0; i < Math.min(test.size(), settings.latencyQueries()); i++) {
                uploads.add(Files.readAllBytes(test.get(i).file()));
            }
            int warmup = Math.min(50, uploads.size());
            double[] latencies = new double[settings.latencyQueries()];
            double[][] stages = new double[3][latencies.length];
            Set<String> sink = new HashSet<>();
            for (int q = -warmup; q < latencies.length; q++) {
                byte[] upload = uploads.get(Math.floorMod(q, uploads.size()));
                long start = System.nanoTime();
                java.awt.image.BufferedImage image = decoder.decode(upload).rgb();
                long decoded = System.nanoTime();
                PhotoAnalysis analysis = model.analyse(image);
                long analysed = System.nanoTime();
                List<VisualMatch> matches = index.search(analysis.embedding(), K, Optional.empty());
                long end = System.nanoTime();
                if (q >= 0) {
                    latencies[q] = (end - start) / 1e6;
                    stages[0][q] = (decoded - start) / 1e6;
                    stages[1][q] = (analysed - decoded) / 1e6;
                    stages[2][q] = (end - analysed) / 1e6;
                }
                sink.add(matches.get(0).productId());
            }
            log("  p50 by stage: decode %.2f ms, CNN %.2f ms, kNN %.2f ms (%d distinct first hits)",
                    percentile(stages[0], 50), percentile(stages[1], 50), percentile(stages[2], 50), sink.size());
            return latencies;
        }
    }

    /**
     * Growing synthetic indexes up to the target size. Exact search is measured at every size (no build); an HNSW
     * graph only while the build times measured so far predict it fits what is left of the HNSW budget (graph
     * building grows a little faster than linearly, hence the 1.3).
     */
    private void synthetic(BenchReport report) {
        int target = settings.syntheticSize();
        List<Integer> sizes = new ArrayList<>();
        for (int n : new int[] {100_000, 200_000, 500_000}) {
            // -Dbench.vision.synthetic_steps=false: the target size alone
            if (n < target && !"false".equals(System.getProperty("bench.vision.synthetic_steps"))) {
                sizes.add(n);
            }
        }
        sizes.add(target);
        double spent = 0;
        double lastSeconds = 0;
        int lastSize = 0;
        boolean hnsw = true;
        for (int n : sizes) {
            double predicted = lastSize == 0 ? 0 : lastSeconds * n / lastSize * 1.3;
            if (hnsw && (settings.syntheticBudgetSeconds() <= 0 || spent + predicted > settings.syntheticBudgetSeconds())) {
                log("synthetic-%d: HNSW skipped from here on: building it would take about %.0f s here, %.0f s of the %d s budget are left",
                        n, predicted, settings.syntheticBudgetSeconds() - spent, settings.syntheticBudgetSeconds());
                hnsw = false;
            }
            double seconds = synthetic(report, n, hnsw);
            if (hnsw) {
                lastSeconds = seconds;
                lastSize = n;
                spent += seconds;
            }
        }
    }

    /** Returns the HNSW build time (0 without HNSW). */
    private double synthetic(BenchReport report, int n, boolean withHnsw) {
        int dimension = settings.training().embeddingSize();
        String dataset = "synthetic-" + n;
        Random random = new Random(settings.seed() + 2);
        List<IndexedImage> vectors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            vectors.add(new IndexedImage("p" + i, "s" + (i % 12), randomUnit(random, dimension)));
        }
        List<float[]> queries = new ArrayList<>();
        for (int q = 0; q < settings.syntheticQueries(); q++) {
            queries.add(randomUnit(random, dimension));
        }
        VisualIndex exact = VisualIndexes.exact(vectors);
        List<List<VisualMatch>> truth = new ArrayList<>();
        double[] exactLatencies = timed(exact, queries, truth);
        report.add(dataset, "exact", "query_p50_ms", percentile(exactLatencies, 50));
        report.add(dataset, "exact", "query_p99_ms", percentile(exactLatencies, 99));
        log("%s: exact search p50 %.2f ms, p99 %.2f ms", dataset, percentile(exactLatencies, 50), percentile(exactLatencies, 99));
        if (!withHnsw) {
            return 0;
        }
        long t0 = System.nanoTime();
        try (VisualIndex hnsw = VisualIndexes.hnsw(vectors)) {
            double buildSeconds = (System.nanoTime() - t0) / 1e9;
            log("%s: HNSW built in %.1f s", dataset, buildSeconds);
            List<List<VisualMatch>> answers = new ArrayList<>();
            double[] latencies = timed(hnsw, queries, answers);
            report.add(dataset, "hnsw-m16-beam100", "build_s", buildSeconds);
            report.add(dataset, "hnsw-m16-beam100", "query_p50_ms", percentile(latencies, 50));
            report.add(dataset, "hnsw-m16-beam100", "query_p99_ms", percentile(latencies, 99));
            // recall against brute force, printed only: the metric list of BENCHMARKS.md has no recall
            double recall = 0;
            for (int q = 0; q < queries.size(); q++) {
                Set<String> ids = new HashSet<>();
                truth.get(q).forEach(m -> ids.add(m.productId()));
                recall += answers.get(q).stream().filter(m -> ids.contains(m.productId())).count() / (double) K;
            }
            log("%s: HNSW p50 %.2f ms, p99 %.2f ms, recall@10 against exact search %.3f (%d queries)", dataset,
                    percentile(latencies, 50), percentile(latencies, 99), recall / queries.size(), queries.size());
            updates(dataset, hnsw, random, dimension, queries);
            return buildSeconds;
        }
    }

    /**
     * A catalogue change as the shop applies it above {@link VisualIndexes#EXACT_UP_TO} photos: 100 successive
     * one-product changes (its photo deleted, a new one added, a near-real-time reader opened) instead of a rebuild,
     * then queries over the changed index. Printed only (BENCHMARKS.md fixes the JSON metrics).
     */
    private void updates(String dataset, VisualIndex built, Random random, int dimension, List<float[]> queries) {
        VisualIndex index = built;
        double[] times = new double[100];
        for (int u = 0; u < times.length; u++) {
            String product = "p" + (u * 997);
            long start = System.nanoTime();
            index = index.withProducts(Set.of(product), List.of(new IndexedImage(product, "s0", randomUnit(random, dimension))))
                    .orElseThrow(() -> new IllegalStateException("the graph index did not change in place"));
            times[u] = (System.nanoTime() - start) / 1e6;
        }
        double[] after = timed(index, queries, new ArrayList<>());
        log("%s: one-product change in place p50 %.2f ms, p99 %.2f ms (100 changes; a rebuild is the build time above); "
                + "queries after them p50 %.2f ms, p99 %.2f ms", dataset, percentile(times, 50), percentile(times, 99),
                percentile(after, 50), percentile(after, 99));
    }

    /** One thread, 50 warm-up queries, then every query timed; the answers are kept for recall. */
    private static double[] timed(VisualIndex index, List<float[]> queries, List<List<VisualMatch>> answers) {
        for (int q = 0; q < Math.min(50, queries.size()); q++) {
            index.search(queries.get(q), K, Optional.empty());
        }
        double[] latencies = new double[queries.size()];
        for (int q = 0; q < latencies.length; q++) {
            long start = System.nanoTime();
            answers.add(index.search(queries.get(q), K, Optional.empty()));
            latencies[q] = (System.nanoTime() - start) / 1e6;
        }
        return latencies;
    }

    private static float[] randomUnit(Random random, int dimension) {
        float[] v = new float[dimension];
        for (int d = 0; d < dimension; d++) {
            v[d] = (float) random.nextGaussian();
        }
        return Vectors.normalise(v);
    }

    private static float[] tensor(ImageDecoder decoder, Photo p, int size) throws IOException {
        return ImageTensors.letterbox(decoder.decode(Files.readAllBytes(p.file())).rgb(), size);
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[vision] " + format + "%n", args);
        System.out.flush();
    }
}
