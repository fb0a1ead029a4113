package io.vitrine.vision.train;

import io.vitrine.catalog.Product;
import io.vitrine.demo.DemoSpec;
import io.vitrine.demo.DemoStore;
import io.vitrine.demo.DemoStoreGenerator;
import io.vitrine.demo.ProductImagePainter;
import io.vitrine.vision.ImageDecoder;
import io.vitrine.vision.ImageTensors;
import io.vitrine.vision.VisionModel;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Trains the photo model shipped in {@code models/vision} on the demo store's own product photos (the store of
 * seed 42 at its default size, photos painted by {@link ProductImagePainter} exactly as the shop stores them),
 * and writes {@code vision-model.zip}, {@code metrics.properties} and {@code MODEL_CARD.md}.
 * <pre>
 * OMP_NUM_THREADS=2 OMP_WAIT_POLICY=PASSIVE nice mvn -o -q compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.classpathScope=compile -Dexec.mainClass=io.vitrine.vision.train.DemoVisionModel -Dexec.args=models/vision
 * </pre>
 * (compile scope: DL4J is a provided dependency.)
 */
public final class DemoVisionModel {

    public static final String MODEL_FILE = "vision-model.zip";
    public static final String METRICS_FILE = "metrics.properties";
    static final String COMMAND = "OMP_NUM_THREADS=2 OMP_WAIT_POLICY=PASSIVE nice mvn -o -q compile "
            + "org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=compile "
            + "-Dexec.mainClass=io.vitrine.vision.train.DemoVisionModel -Dexec.args=models/vision";
    static final long SEED = 42;
    static final double TEST_SHARE = 0.2;

    private DemoVisionModel() {
    }

    /**
     * The settings of the shipped model (and the shop's retraining default): 4 blocks at 32 px like the benchmark,
     * at half its width (8-16-32-64 channels, 64-d embedding; about a quarter of the arithmetic: the shop trains on
     * the cores that serve it), batches of 32, learning rate 3e-3 and many epochs: the demo store has a third of the
     * benchmark's photos in 45 sub-categories. Batches of 64 left too few updates (loss 3.68 of ln 45 = 3.81 after 3
     * epochs), and 30 epochs at 2e-3 stopped while the loss still fell (2.29; holdout accuracy 0.636).
     */
    public static VisionTrainer.Settings settings() {
        return VisionTrainer.Settings.defaults().withNetwork(List.of(8, 16, 32, 64), 64).withBatchSize(32)
                .withLearningRate(3e-3).withEpochs(70).withTimeBudget(Duration.ofMinutes(38));
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "models/vision");
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        DemoSpec spec = DemoSpec.of(SEED, Instant.parse("2026-01-01T00:00:00Z"), "unused");
        DemoStore store = new DemoStoreGenerator().generate(spec);
        ProductImagePainter painter = new ProductImagePainter(SEED);
        ImageDecoder decoder = new ImageDecoder();
        int size = settings().inputSize();
        List<LabelledImage> photos = store.products().parallelStream().map(p -> photo(painter, decoder, p, size)).toList();
        log("%d demo photos painted and decoded in %.1f s", photos.size(), (System.nanoTime() - t0) / 1e9);

        HoldoutTrainer trainer = new HoldoutTrainer(settings(), TEST_SHARE, 10);
        long t1 = System.nanoTime();
        TrainedModel trained = trainer.train(photos, (epoch, epochs, loss) ->
                log("epoch %d/%d loss %.4f (%.0f s)", epoch, epochs, loss, (System.nanoTime() - t1) / 1e9));
        log("metrics %s", trained.metrics());

        Path file = dir.resolve(MODEL_FILE);
        trained.model().save(file);
        Properties metrics = new Properties();
        trained.metrics().forEach((k, v) -> metrics.setProperty(k, String.format(Locale.ROOT, "%.4f", v)));
        metrics.setProperty("trainedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        try (Writer out = Files.newBufferedWriter(dir.resolve(METRICS_FILE), StandardCharsets.UTF_8)) {
            metrics.store(out, "holdout metrics of " + MODEL_FILE + " (written by DemoVisionModel)");
        }
        Files.writeString(dir.resolve("MODEL_CARD.md"), card(trained, photos, Files.size(file)), StandardCharsets.UTF_8);
        log("wrote %s (%d bytes)", file, Files.size(file));
    }

    private static LabelledImage photo(ProductImagePainter painter, ImageDecoder decoder, Product product, int size) {
        ProductImagePainter.PaintedImage painted = painter.paint(product);
        return new LabelledImage(product.subCategory(), ImageTensors.letterbox(decoder.decode(painted.bytes()).rgb(), size));
    }

    static String card(TrainedModel trained, List<LabelledImage> photos, long bytes) {
        VisionModel model = trained.model();
        VisionTrainer.Settings s = settings();
        Map<String, Double> m = trained.metrics();
        Map<String, Integer> counts = new TreeMap<>();
        photos.forEach(p -> counts.merge(p.subCategory(), 1, Integer::sum));
        StringBuilder c = new StringBuilder();
        c.append("# Photo search model (`").append(MODEL_FILE).append("`)\n\n");
        c.append("Generated by `io.vitrine.vision.train.DemoVisionModel`; do not edit by hand, re-run the command instead.\n\n");
        c.append("- **Trained**: ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append('\n');
        c.append("- **Command** (from the project root): `").append(COMMAND).append("`\n");
        c.append("- **Data**: the demo store's own product photos: the store `DemoStoreGenerator` makes for seed ").append(SEED)
                .append(" at its default size (").append(photos.size()).append(" products, one photo each, painted by ")
                .append("`ProductImagePainter` as 256 x 256 JPEGs exactly as the shop stores them). A stratified ")
                .append(Math.round(TEST_SHARE * 100)).append(" % of every sub-category is held out (seed ").append(s.seed())
                .append("): ").append(trained.trainCount()).append(" training and ").append(trained.holdout().size())
                .append(" holdout photos. Nothing is downloaded.\n");
        c.append(String.format(Locale.ROOT, "- **Model**: DL4J %s CNN, input %d x %d RGB (letterboxed on white), %d blocks of 3x3 conv "
                        + "(%s channels) + batch norm + ReLU + 2x2 max pool, dense %d (the L2-normalised embedding), softmax over %d "
                        + "sub-categories; Adam %.0e decaying linearly, %d epochs or %d min, batch %d, L2 %.0e, class weights "
                        + "(mean / count)^%.1f, augmentation %.1f.%n",
                "1.0.0-M2.1", s.inputSize(), s.inputSize(), s.blockChannels().size(), s.blockChannels(), s.embeddingSize(),
                model.subCategories().size(), s.learningRate(), s.epochs(), s.timeBudget().toMinutes(), s.batchSize(), s.l2(),
                s.classWeightPower(), s.augmentation()));
        c.append("- **File**: ").append(bytes).append(" bytes (network without updater state + class list); read with `VisionModel.load`.\n");
        c.append(String.format(Locale.ROOT, "- **Holdout metrics**: accuracy %.4f, macro-F1 %.4f, top-3 accuracy %.4f, precision@10 of "
                        + "neighbours (holdout photos against the training photos) %.4f; training took %.0f s on the 2 shared cores.%n",
                m.getOrDefault("accuracy", 0.0), m.getOrDefault("macro-f1", 0.0), m.getOrDefault("top3-accuracy", 0.0),
                m.getOrDefault("precision@10", 0.0), m.getOrDefault("train_s", 0.0)));
        c.append("- **Limits**: learnt from drawn silhouettes of the demo catalogue; on real photos it is only as good as the ")
                .append("shop's retraining on its own catalogue makes it (see `docs/benchmarks.md`, `## vision`, for real photos).\n\n");
        c.append("## Sub-categories (photos)\n\n| sub-category | photos |\n|---|---|\n");
        for (String sub : model.subCategories()) {
            c.append("| ").append(sub).append(" | ").append(counts.getOrDefault(sub, 0)).append(" |\n");
        }
        return c.toString();
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[vision] " + format + "%n", args);
        System.out.flush();
    }
}
