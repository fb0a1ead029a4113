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
 * seed 42 at its default size, photos painted by {@link ProductImagePainter} exactly as the shop stores them) and
 * randomised shots of the same products, and writes {@code vision-model.zip}, {@code metrics.properties} and
 * {@code MODEL_CARD.md} (each time an epoch beats the best so far). Arguments: folder, randomised shots per product,
 * epochs, optionally the model to fine-tune from, the time budget in minutes, catalogue-style shots per fashion product
 * ({@link CatalogueShots}), the learning rate and catalogue-style shots per product of another sub-category
 * ({@link #COMMAND}, {@link #PREVIOUS}) and the round of shots ({@link Shots}, 0 unless a run continues another). Every epoch is also written
 * into {@code epoch-<n>/}, for the choice on the validation part of real photos.
 * (compile scope: DL4J is a provided dependency.) Then {@code mvn -Pbench -Dbench=vision-real
 * -Dbench.vision.calibrate=true verify} fits and stores the calibration.
 */
public final class DemoVisionModel {

    public static final String MODEL_FILE = "vision-model.zip";
    public static final String METRICS_FILE = "metrics.properties";
    static final String COMMAND = "OMP_NUM_THREADS=2 OMP_WAIT_POLICY=PASSIVE nice -n 10 mvn -o -q compile "
            + "org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=compile "
            + "-Dexec.mainClass=io.vitrine.vision.train.DemoVisionModel \"-Dexec.args=target/vision-run 3 200 "
            + "/tmp/vision-previous-21a42f9.zip 60 5 0.001 3\"";
    /**
     * The model the shipped one is fine-tuned from: the one shipped in session 7 ({@code 21a42f9}, catalogue shots of
     * the fashion sub-categories), itself a chain of fine-tunings from the model shipped before issue #16
     * ({@code 0ac4dce}).
     */
    static final String PREVIOUS = "git show 21a42f9:models/vision/vision-model.zip > /tmp/vision-previous-21a42f9.zip";
    static final long SEED = 42;
    static final double TEST_SHARE = 0.2;
    /** Randomised shots per training product, beside its demo-store photo. */
    static final int VARIANTS = 3;
    /** Catalogue-style shots ({@link CatalogueShots}) per training product of a fashion sub-category. */
    static final int CATALOGUE = 5;
    /**
     * Catalogue-style shots per training product of another sub-category (the demo painter's drawing framed on a
     * white sweep): without them a product alone on white meant "fashion", and real photos of sunglasses or shoes
     * were taken for bicycles, yoga mats or cameras, which the network had only seen in randomised scenes.
     */
    static final int OTHER_CATALOGUE = 3;
    /** Side of a randomised shot: four times the network's input is enough for area-averaging, and paints fast. */
    static final int SHOT_SIZE = 128;

    private DemoVisionModel() {
    }

    /**
     * The settings of the shipped model: 4 blocks at 32 px, 8-16-32-64 channels and a 64-d embedding, batches of 32,
     * learning rate 1e-3 decaying to zero over the time budget (60 minutes; the epoch count is only a ceiling).
     * Since issue #16 the shipped model is fine-tuned from earlier ones (trained on demo photos alone, then on
     * randomised shots, then on catalogue-style shots): on the shared build machine a 16-32-64-96 network trained from
     * scratch did one epoch in 12 minutes and was still at the chance loss (3.85 of ln 45 = 3.81), so the budget goes
     * to adapting a network that already knows the shapes. Arguments after the folder: randomised shots per product,
     * epochs, the model to start from, minutes, catalogue-style shots per fashion product, learning rate, catalogue-style
     * shots per product of another sub-category.
     */
    public static VisionTrainer.Settings settings() {
        return VisionTrainer.Settings.defaults().withNetwork(List.of(8, 16, 32, 64), 64).withBatchSize(32)
                .withLearningRate(1e-3).withEpochs(200).withTimeBudget(Duration.ofMinutes(60));
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "models/vision");
        int variants = args.length > 1 ? Integer.parseInt(args[1]) : VARIANTS;
        VisionTrainer.Settings base = args.length > 2 ? settings().withEpochs(Integer.parseInt(args[2])) : settings();
        VisionTrainer.Settings budgeted = args.length > 4 ? base.withTimeBudget(Duration.ofMinutes(Long.parseLong(args[4]))) : base;
        int catalogue = args.length > 5 ? Integer.parseInt(args[5]) : CATALOGUE;
        VisionTrainer.Settings settings = args.length > 6 ? budgeted.withLearningRate(Double.parseDouble(args[6])) : budgeted;
        int others = args.length > 7 ? Integer.parseInt(args[7]) : OTHER_CATALOGUE;
        int round = args.length > 8 ? Integer.parseInt(args[8]) : 0;
        Shots shots = new Shots(variants, catalogue, others, round);
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        DemoStore store = demoStore();
        ProductImagePainter painter = new ProductImagePainter(SEED);
        ImageDecoder decoder = new ImageDecoder();
        int size = settings.inputSize();
        Split split = split(store.products());
        List<LabelledImage> demo = split.train().parallelStream().map(p -> photo(painter, decoder, p, size)).toList();
        // the demo-store photo twice beside the randomised shots: the shop must keep recognising its own pictures
        List<LabelledImage> train = new ArrayList<>(demo);
        train.addAll(demo);
        train.addAll(split.train().parallelStream().flatMap(p -> varied(painter, p, size, variants * round, variants).stream()).toList());
        train.addAll(split.train().parallelStream().flatMap(p -> catalogue(p, size, shots.catalogueOf(p), shots.catalogueOf(p) * round).stream()).toList());
        List<LabelledImage> holdout = split.holdout().parallelStream().map(p -> photo(painter, decoder, p, size)).toList();
        List<LabelledImage> variedHoldout = split.holdout().parallelStream().flatMap(p -> java.util.stream.Stream.concat(
                varied(painter, p, size, 0, VALIDATION_SHOTS).stream(), catalogue(p, size, 1, CATALOGUE_HOLDOUT_FROM).stream())).toList();
        log("%d training shots (%d products, %d varied and %d catalogue shots each for fashion, %d for the others) and %d + %d "
                + "holdout photos painted in %.1f s", train.size(), split.train().size(), variants, catalogue, others, holdout.size(), variedHoldout.size(),
                (System.nanoTime() - t0) / 1e9);

        long t1 = System.nanoTime();
        java.util.Optional<VisionModel> start = args.length > 3 && !args[3].isBlank()
                ? java.util.Optional.of(VisionModel.load(Path.of(args[3]))) : java.util.Optional.empty();
        Best best = new Best(dir, demo, holdout, variedHoldout, split, shots, t1);
        VisionModel last = new VisionTrainer(settings).train(train, best, start);
        best.consider(-1, last);
        log("best epoch %d: randomised-shot accuracy %.4f", best.epoch, best.score);
    }

    /**
     * How many drawn shots each training product gives beside its demo photo (twice); {@code round} n draws the n-th
     * set of them (shot numbers from n times the count), so that a run fine-tuning an earlier run's model sees new
     * shots of the same products rather than the ones it was already fitted to.
     */
    record Shots(int varied, int catalogue, int otherCatalogue, int round) {
        Shots {
            if (round < 0 || (round + 1) * Math.max(catalogue, otherCatalogue) > CATALOGUE_HOLDOUT_FROM) {
                throw new IllegalArgumentException("round " + round + " would reach the held-out products' shot numbers");
            }
        }

        int catalogueOf(Product product) {
            return CatalogueShots.covers(product.subCategory()) ? catalogue : otherCatalogue;
        }

        int total(List<Product> train) {
            return train.stream().mapToInt(p -> 2 + varied + catalogueOf(p)).sum();
        }
    }

    /** The first catalogue-style shot number of the held-out products' shots (training rounds stay below it). */
    static final int CATALOGUE_HOLDOUT_FROM = 1_000;

    /** Randomised shots per held-out product that the best epoch is chosen on. */
    static final int VALIDATION_SHOTS = 2;

    /**
     * Keeps the epoch whose model names the held-out products' randomised shots best (never a real photo) and writes
     * it, its metrics and its card at once, so that an interrupted run still leaves its best model.
     */
    private static final class Best implements ProgressListener {
        /** What the run is scored on and written with. */
        private record Run(Path dir, List<LabelledImage> reference, List<LabelledImage> holdout,
                           List<LabelledImage> variedHoldout, Split split, Shots shots, long started) {
        }

        private final Run run;
        private double score = -1;
        private int epoch;

        Best(Path dir, List<LabelledImage> reference, List<LabelledImage> holdout, List<LabelledImage> variedHoldout,
             Split split, Shots shots, long started) {
            this.run = new Run(dir, reference, holdout, variedHoldout, split, shots, started);
        }

        @Override
        public void epochDone(int epoch, int epochs, double loss) {
            log("epoch %d/%d loss %.4f (%.0f s)", epoch, epochs, loss, (System.nanoTime() - run.started()) / 1e9);
        }

        @Override
        public void epochModel(int epoch, java.util.function.Supplier<VisionModel> snapshot) {
            consider(epoch, snapshot.get());
        }

        /**
         * Writes every epoch into {@code epoch-<n>/} (model, metrics, card), so that the epoch to ship can be chosen
         * afterwards (by {@code vision-real} on the validation part of real photos), and the best so far by randomised
         * shots of held-out products into the folder itself.
         */
        void consider(int epoch, VisionModel model) {
            double varied = HoldoutTrainer.evaluate(model, List.of(), run.variedHoldout()).get("accuracy");
            double seconds = (System.nanoTime() - run.started()) / 1e9;
            log("epoch %d: randomised-shot accuracy %.4f (best so far %.4f)", epoch, varied, score);
            Map<String, Double> metrics = new java.util.LinkedHashMap<>(HoldoutTrainer.evaluate(model, run.reference(), run.holdout()));
            metrics.put("varied-accuracy", varied);
            metrics.put("epoch", (double) epoch);
            metrics.put("train_s", seconds);
            int shots = run.shots().total(run.split().train());
            metrics.put("train_photos", (double) shots);
            metrics.put("test_photos", (double) run.holdout().size());
            TrainedModel trained = new TrainedModel(model, metrics, shots, run.holdout());
            log("metrics %s", trained.metrics());
            try {
                if (epoch > 0) {
                    write(Files.createDirectories(run.dir().resolve("epoch-" + epoch)), trained, run.split(), run.shots());
                }
                if (varied > score) {
                    score = varied;
                    this.epoch = epoch;
                    write(run.dir(), trained, run.split(), run.shots());
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    static void write(Path dir, TrainedModel trained, Split split, Shots shots) throws IOException {
        Path file = dir.resolve(MODEL_FILE);
        trained.model().save(file);
        Properties written = new Properties();
        trained.metrics().forEach((k, v) -> written.setProperty(k, String.format(Locale.ROOT, "%.4f", v)));
        written.setProperty("trainedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        try (Writer out = Files.newBufferedWriter(dir.resolve(METRICS_FILE), StandardCharsets.UTF_8)) {
            written.store(out, "holdout metrics of " + MODEL_FILE + " (written by DemoVisionModel)");
        }
        Files.writeString(dir.resolve("MODEL_CARD.md"), card(trained, split, shots, Files.size(file)), StandardCharsets.UTF_8);
        log("wrote %s (%d bytes)", file, Files.size(file));
    }

    /** The demo store the shipped model is trained and calibrated on (seed fixed). */
    static DemoStore demoStore() {
        return new DemoStoreGenerator().generate(DemoSpec.of(SEED, Instant.parse("2026-01-01T00:00:00Z"), "unused"));
    }

    /** The demo store's held-out product photos ({@link #split}) at {@code size}, as training paints them. */
    static List<LabelledImage> holdoutPhotos(int size) {
        ProductImagePainter painter = new ProductImagePainter(SEED);
        ImageDecoder decoder = new ImageDecoder();
        return split(demoStore().products()).holdout().stream().map(p -> photo(painter, decoder, p, size)).toList();
    }

    /** The demo products split per sub-category: a {@link #TEST_SHARE} of each held out (seed fixed), whole products. */
    record Split(List<Product> train, List<Product> holdout) {
    }

    static Split split(List<Product> products) {
        Map<String, List<Product>> bySub = new TreeMap<>();
        products.forEach(p -> bySub.computeIfAbsent(p.subCategory(), s -> new ArrayList<>()).add(p));
        java.util.Random random = new java.util.Random(SEED);
        List<Product> train = new ArrayList<>();
        List<Product> holdout = new ArrayList<>();
        for (List<Product> list : bySub.values()) {
            java.util.Collections.shuffle(list, random);
            int n = Math.max(1, (int) Math.round(list.size() * TEST_SHARE));
            holdout.addAll(list.subList(0, n));
            train.addAll(list.subList(n, list.size()));
        }
        return new Split(train, holdout);
    }

    static LabelledImage photo(ProductImagePainter painter, ImageDecoder decoder, Product product, int size) {
        ProductImagePainter.PaintedImage painted = painter.paint(product);
        return new LabelledImage(product.subCategory(), ImageTensors.letterbox(decoder.decode(painted.bytes()).rgb(), size));
    }

    /**
     * Randomised shots number {@code from} to {@code from + count - 1} of a product ({@link ProductImagePainter#renderVaried})
     * through {@link CameraEffects}.
     */
    static List<LabelledImage> varied(ProductImagePainter painter, Product product, int size, int from, int count) {
        List<LabelledImage> shots = new ArrayList<>(count);
        String colour = product.attribute("colour").orElse("");
        for (int v = from; v < from + count; v++) {
            java.util.Random camera = new java.util.Random(product.id().value().hashCode() * 31L + v);
            shots.add(new LabelledImage(product.subCategory(), ImageTensors.letterbox(CameraEffects.shoot(
                    painter.renderVaried(product.id().value(), product.subCategory(), colour, v, SHOT_SIZE), camera), size)));
        }
        return shots;
    }

    /**
     * Catalogue-style shots ({@link CatalogueShots}) of a product; a third of them through {@link CameraEffects} (a
     * shopper's camera), the rest clean as shops publish them. {@code from} separates the shots of different uses of
     * the same product.
     */
    static List<LabelledImage> catalogue(Product product, int size, int count, int from) {
        List<LabelledImage> shots = new ArrayList<>(count);
        for (int v = from; v < from + count; v++) {
            // mixed: java.util.Random's first draws from neighbouring seeds are nearly equal
            java.util.Random r = new java.util.Random(new java.util.SplittableRandom(product.id().value().hashCode() * 0x9E3779B97F4A7C15L + v).nextLong());
            java.awt.image.BufferedImage shot = CatalogueShots.shoot(product.subCategory(), r, SHOT_SIZE);
            shots.add(new LabelledImage(product.subCategory(),
                    ImageTensors.letterbox(r.nextDouble() < 0.33 ? CameraEffects.shoot(shot, r) : shot, size)));
        }
        return shots;
    }

    static String card(TrainedModel trained, Split split, Shots shots, long bytes) {
        VisionModel model = trained.model();
        VisionTrainer.Settings s = settings();
        Map<String, Double> m = trained.metrics();
        Map<String, Integer> counts = new TreeMap<>();
        split.train().forEach(p -> counts.merge(p.subCategory(), 1, Integer::sum));
        split.holdout().forEach(p -> counts.merge(p.subCategory(), 1, Integer::sum));
        int products = split.train().size() + split.holdout().size();
        StringBuilder c = new StringBuilder();
        c.append("# Photo search model (`").append(MODEL_FILE).append("`)\n\n");
        c.append("Generated by `io.vitrine.vision.train.DemoVisionModel`; do not edit by hand, re-run the command instead.\n\n");
        c.append("- **Trained**: ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append('\n');
        c.append("- **Command** (from the project root): `").append(PREVIOUS).append("` (the model it is fine-tuned from), then `")
                .append(COMMAND).append("`, then the chosen `target/vision-run/epoch-<n>/` copied into `models/vision`\n");
        c.append("- **Data**: only what the project draws, no photo from anywhere else. The demo store `DemoStoreGenerator` makes for seed ")
                .append(SEED).append(" at its default size (").append(products).append(" products); a stratified ")
                .append(Math.round(TEST_SHARE * 100)).append(" % of every sub-category's products is held out (seed ").append(SEED)
                .append("). Each training product gives its demo-store photo twice (painted by `ProductImagePainter` as the shop stores it) and ")
                .append(shots.varied()).append(" randomised shots (`ProductImagePainter.renderVaried`: colour, cut, fabric textures and prints, ")
                .append("light, cast shadow, backgrounds from a white sweep to a cluttered table, clothes worn by a drawn figure; then ")
                .append("`CameraEffects`: tilt, keystone, zoom and crop, occlusion, blur, noise, JPEG artefacts); each product of the ")
                .append(CatalogueShots.SUB_CATEGORIES.size()).append(" fashion sub-categories also gives ").append(shots.catalogue())
                .append(" catalogue-style shots (`CatalogueShots`: the product alone on a white or light grey sweep, or worn by a ")
                .append("drawn model head to thigh or waist to feet, centred with a margin in a square frame, some squeezed from a ")
                .append("portrait, a third of them through `CameraEffects`) and each product of the other sub-categories ")
                .append(shots.otherCatalogue()).append(" (the painter's drawing, `ProductImagePainter.renderAlone`, framed the same way): ")
                .append(trained.trainCount()).append(" training shots and ").append(trained.holdout().size())
                .append(" holdout photos (demo-store photos of the held-out products).\n");
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
        c.append(String.format(Locale.ROOT, "- **Holdout, randomised shots** (two per held-out product, and one catalogue-style shot "
                        + "per product): accuracy %.4f.%n", m.getOrDefault("varied-accuracy", 0.0)));
        c.append(String.format(Locale.ROOT, "- **Epoch**: %.0f of the run. The run writes every epoch into `epoch-<n>/` and the best by "
                        + "randomised shots into its folder; the epoch shipped is the one `vision-real` ranks best on the validation part of "
                        + "the real photos (`-Dbench.vision.part=validation`, never the test part), among epochs that keep the demo "
                        + "holdout accuracy within 0.05 of the previous model.%n", m.getOrDefault("epoch", 0.0)));
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
