package io.vitrine.vision.eval;

import io.vitrine.bench.BenchReport;
import io.vitrine.bench.Benchmark;
import io.vitrine.vision.ImageDecoder;
import io.vitrine.vision.ImageTensors;
import io.vitrine.vision.IndexedImage;
import io.vitrine.vision.PhotoAnalysis;
import io.vitrine.vision.ShelfPrior;
import io.vitrine.vision.Vectors;
import io.vitrine.vision.VisualIndex;
import io.vitrine.vision.VisualIndexes;
import io.vitrine.vision.VisualMatch;
import io.vitrine.vision.VisionModel;
import io.vitrine.vision.VisionSettings;
import io.vitrine.vision.eval.FashionSplit.Photo;
import io.vitrine.vision.train.HoldoutTrainer;
import io.vitrine.vision.train.LabelledImage;
import io.vitrine.vision.train.VisionTrainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code mvn -Pbench -Dbench=vision-metric verify} (issue #16 item 3): does a center loss beside the softmax make
 * look-alikes look alike? The network the shop retrains ({@link VisionSettings#trainerSettings()}) is trained on
 * {@code fashion-products} once per center-loss weight ({@code -Dbench.vision.metric.weights}, default
 * {@code 0,0.003,0.03}; 0 = softmax alone) and scored with precision@10 of same-sub-category neighbours, accuracy and
 * macro-F1. By default on the validation part (20 % of the training part of the {@link FashionSplit}, seed 43), which
 * is where the weight is chosen; {@code -Dbench.vision.metric.part=test} trains on the whole training part and
 * scores the test part. {@code .epochs} (default 12) and {@code .budget_s} (per weight, default 900) bound each run.
 * Each model is saved under {@code target/bench-vision-metric}, and the order of the look-alikes that photo search
 * serves ({@link ShelfPrior}) is swept over {@code .shelf-weights} and {@code .pools}; {@code .model=<saved zip>}
 * sweeps a saved model without training.
 */
public final class VisionMetricBenchmark implements Benchmark {

    @Override
    public void run(Path data, BenchReport report) throws IOException {
        boolean test = "test".equals(System.getProperty("bench.vision.metric.part", "validation"));
        String list = System.getProperty("bench.vision.metric.weights", "");
        double[] weights = Arrays.stream((list.isBlank() ? "0,0.003,0.03" : list).split(","))
                .mapToDouble(w -> Double.parseDouble(w.trim())).toArray();
        VisionTrainer.Settings base = VisionSettings.defaults().trainerSettings()
                .withEpochs(Integer.getInteger("bench.vision.metric.epochs", 12))
                .withTimeBudget(Duration.ofSeconds(Long.getLong("bench.vision.metric.budget_s", 900)));
        FashionSplit split = FashionSplit.of(data.resolve("fashion-products"), 70, 0.2, 42,
                Integer.getInteger("bench.vision.limit", Integer.MAX_VALUE));
        FashionSplit used = test ? split : split.validation(0.2, 43);
        String dataset = "fashion-products-" + (test ? "test" : "validation");
        ImageDecoder decoder = new ImageDecoder();
        List<LabelledImage> train = tensors(decoder, used.train(), base.inputSize());
        List<LabelledImage> scored = tensors(decoder, used.test(), base.inputSize());
        log("%s: %d training photos, %d scored", dataset, train.size(), scored.size());
        String saved = System.getProperty("bench.vision.metric.model", "");
        if (!saved.isBlank()) {
            VisionModel model = VisionModel.load(Path.of(saved));
            shelfPrior(model, train, scored, dataset, "saved " + Path.of(saved).getFileName(), report);
            return;
        }
        Path models = Path.of(System.getProperty("bench.out", "target/bench")).resolveSibling("bench-vision-metric");
        Files.createDirectories(models);
        for (double weight : weights) {
            long t0 = System.nanoTime();
            VisionModel model = new VisionTrainer(base.withCenterLoss(weight)).train(train, (epoch, epochs, loss) ->
                    log("center loss %s: epoch %d/%d loss %.4f (%.0f s)", weight, epoch, epochs, loss, (System.nanoTime() - t0) / 1e9));
            double seconds = (System.nanoTime() - t0) / 1e9;
            // kept so that the ranking of look-alikes can be studied again without training (-Dbench.vision.metric.model)
            Path file = models.resolve(String.format(Locale.ROOT, "%s-center-%s-%dep.zip", dataset, weight, base.epochs()));
            model.save(file);
            Map<String, Double> m = HoldoutTrainer.evaluate(model, train, scored);
            String name = String.format(Locale.ROOT, "cnn-32-shop center-loss %s", weight);
            m.forEach((metric, value) -> report.add(dataset, name, metric, value));
            report.add(dataset, name, "train_s", seconds);
            log("center loss %s: %s in %.0f s (saved %s)", weight, m, seconds, file);
            shelfPrior(model, train, scored, dataset, name, report);
        }
    }

    /** Shelf weights of {@link ShelfPrior} tried (0 = cosine alone; 10 = the predicted shelf first) and candidate pools. */
    static final double[] SHELF_WEIGHTS = Arrays.stream(System.getProperty("bench.vision.metric.shelf-weights",
            "0,0.05,0.1,0.2,0.3,0.5,1,10").split(",")).mapToDouble(w -> Double.parseDouble(w.trim())).toArray();
    static final int[] POOLS = Arrays.stream(System.getProperty("bench.vision.metric.pools", "30,100").split(","))
            .mapToInt(p -> Integer.parseInt(p.trim())).toArray();

    /**
     * Precision@10 of the look-alikes as the shop ranks them ({@link ShelfPrior}: cosine plus weight times the
     * probability of the candidate's sub-category) for each weight and pool: neighbours among the training photos.
     */
    static void shelfPrior(VisionModel model, List<LabelledImage> reference, List<LabelledImage> scored, String dataset,
                           String name, BenchReport report) {
        List<PhotoAnalysis> known = model.analyse(reference.stream().map(LabelledImage::tensor).toList());
        List<IndexedImage> entries = new ArrayList<>();
        for (int i = 0; i < reference.size(); i++) {
            float[] e = known.get(i).embedding();
            if (Math.abs(Vectors.norm(e) - 1) < 1e-3) {
                entries.add(new IndexedImage("ref-" + i, reference.get(i).subCategory(), e));
            }
        }
        List<PhotoAnalysis> asked = model.analyse(scored.stream().map(LabelledImage::tensor).toList());
        try (VisualIndex index = VisualIndexes.exact(entries)) {
            for (int pool : POOLS) {
                List<List<VisualMatch>> candidates = new ArrayList<>();
                for (PhotoAnalysis a : asked) {
                    candidates.add(index.search(a.embedding(), pool, Optional.empty()));
                }
                for (double weight : SHELF_WEIGHTS) {
                    ShelfPrior prior = new ShelfPrior(weight, pool);
                    NeighbourPrecision precision = new NeighbourPrecision(HoldoutTrainer.NEIGHBOURS);
                    for (int i = 0; i < asked.size(); i++) {
                        Map<String, Double> p = new HashMap<>();
                        asked.get(i).ranked().forEach(r -> p.put(r.subCategory(), r.probability()));
                        precision.add(scored.get(i).subCategory(), prior.rank(candidates.get(i), p, HoldoutTrainer.NEIGHBOURS));
                    }
                    String metric = String.format(Locale.ROOT, "precision@10 shelf %s pool %d", weight, pool);
                    report.add(dataset, name, metric, precision.mean());
                    log("%s: %s = %.4f", name, metric, precision.mean());
                }
            }
        }
    }

    private static List<LabelledImage> tensors(ImageDecoder decoder, List<Photo> photos, int size) throws IOException {
        List<LabelledImage> images = new ArrayList<>(photos.size());
        for (Photo p : photos) {
            images.add(new LabelledImage(p.subCategory(), ImageTensors.letterbox(decoder.decode(Files.readAllBytes(p.file())).rgb(), size)));
        }
        return images;
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[vision-metric] " + format + "%n", args);
        System.out.flush();
    }
}
