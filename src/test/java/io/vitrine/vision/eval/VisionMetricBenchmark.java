package io.vitrine.vision.eval;

import io.vitrine.bench.BenchReport;
import io.vitrine.bench.Benchmark;
import io.vitrine.vision.ImageDecoder;
import io.vitrine.vision.ImageTensors;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code mvn -Pbench -Dbench=vision-metric verify} (issue #16 item 3): does a center loss beside the softmax make
 * look-alikes look alike? The network the shop retrains ({@link VisionSettings#trainerSettings()}) is trained on
 * {@code fashion-products} once per center-loss weight ({@code -Dbench.vision.metric.weights}, default
 * {@code 0,0.003,0.03}; 0 = softmax alone) and scored with precision@10 of same-sub-category neighbours, accuracy and
 * macro-F1. By default on the validation part (20 % of the training part of the {@link FashionSplit}, seed 43), which
 * is where the weight is chosen; {@code -Dbench.vision.metric.part=test} trains on the whole training part and
 * scores the test part. {@code .epochs} (default 12) and {@code .budget_s} (per weight, default 900) bound each run.
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
        for (double weight : weights) {
            long t0 = System.nanoTime();
            VisionModel model = new VisionTrainer(base.withCenterLoss(weight)).train(train, (epoch, epochs, loss) ->
                    log("center loss %s: epoch %d/%d loss %.4f (%.0f s)", weight, epoch, epochs, loss, (System.nanoTime() - t0) / 1e9));
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, Double> m = HoldoutTrainer.evaluate(model, train, scored);
            String name = String.format(Locale.ROOT, "cnn-32-shop center-loss %s", weight);
            m.forEach((metric, value) -> report.add(dataset, name, metric, value));
            report.add(dataset, name, "train_s", seconds);
            log("center loss %s: %s in %.0f s", weight, m, seconds);
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
