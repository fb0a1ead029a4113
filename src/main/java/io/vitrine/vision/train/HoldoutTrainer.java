package io.vitrine.vision.train;

import io.vitrine.vision.Calibration;
import io.vitrine.vision.ImageTensors;
import io.vitrine.vision.InShopScore;
import io.vitrine.vision.NearestShopPhoto;
import io.vitrine.vision.PhotoAnalysis;
import io.vitrine.vision.ShelfPrior;
import io.vitrine.vision.VisualMatch;
import io.vitrine.vision.IndexedImage;
import io.vitrine.vision.VisionModel;
import io.vitrine.vision.VisualIndex;
import io.vitrine.vision.VisualIndexes;
import io.vitrine.vision.eval.Classification;
import io.vitrine.vision.eval.GeneratedOutliers;
import io.vitrine.vision.eval.OutOfShop;
import io.vitrine.vision.eval.TemperatureScaling;
import io.vitrine.vision.eval.NeighbourPrecision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * The protocol of the shop's own models: a stratified split by sub-category (a share of every sub-category's photos
 * held out, seed fixed), {@link VisionTrainer} on the rest, and the holdout's accuracy, macro-F1, top-3 accuracy and
 * precision@10 of neighbours (holdout photos against the training photos), as the benchmark reports them.
 * The model comes back calibrated on the holdout ({@link #calibrate}).
 * Sub-categories with fewer than {@code minPerClass} photos are left out: a class the split leaves with one
 * training photo teaches nothing and scores noise.
 */
public final class HoldoutTrainer implements PhotoTrainer {

    public static final int NEIGHBOURS = 10;
    /** Drawn pictures of nothing for sale that a retrained model's threshold is chosen against. */
    static final int OUTLIERS = 40;
    /**
     * At most this many of the shop's training photos are the reference of the nearest-photo score: 2,000 64-d
     * embeddings are 512 KB in memory and in the model file, and one scan of them per searched photo.
     */
    static final int REFERENCE = 2_000;
    private static final long REFERENCE_SEED = 42;
    /** Weights of the nearest shop photo tried: 0, 1 / WEIGHT_STEPS, ..., 1; AUROCs closer than WEIGHT_TIE tie. */
    static final int WEIGHT_STEPS = 20;
    static final double WEIGHT_TIE = 0.005;

    private final VisionTrainer trainer;
    private final double testShare;
    private final int minPerClass;

    public HoldoutTrainer(VisionTrainer.Settings settings, double testShare, int minPerClass) {
        if (testShare <= 0 || testShare >= 1) {
            throw new IllegalArgumentException("the holdout share must be in (0, 1)");
        }
        this.trainer = new VisionTrainer(settings);
        this.testShare = testShare;
        this.minPerClass = Math.max(2, minPerClass);
    }

    @Override
    public int inputSize() {
        return trainer.settings().inputSize();
    }

    public VisionTrainer.Settings settings() {
        return trainer.settings();
    }

    @Override
    public TrainedModel train(List<LabelledImage> photos, ProgressListener progress) {
        Map<String, List<LabelledImage>> bySub = new TreeMap<>();
        photos.forEach(p -> bySub.computeIfAbsent(p.subCategory(), s -> new ArrayList<>()).add(p));
        bySub.values().removeIf(list -> list.size() < minPerClass);
        List<LabelledImage> train = new ArrayList<>();
        List<LabelledImage> test = new ArrayList<>();
        Random random = new Random(trainer.settings().seed());
        for (List<LabelledImage> list : bySub.values()) {
            List<LabelledImage> shuffled = new ArrayList<>(list);
            Collections.shuffle(shuffled, random);
            int nTest = Math.max(1, (int) Math.round(shuffled.size() * testShare));
            test.addAll(shuffled.subList(0, nTest));
            train.addAll(shuffled.subList(nTest, shuffled.size()));
        }
        long t0 = System.nanoTime();
        VisionModel model = calibrate(trainer.train(train, progress), train, test);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Double> metrics = new LinkedHashMap<>(evaluate(model, train, test));
        metrics.put("temperature", model.calibration().temperature());
        metrics.put("nearest_weight", model.calibration().nearest().weight());
        metrics.put("nearest_reference_photos", (double) model.calibration().nearest().referenceSize());
        metrics.put("train_s", seconds);
        metrics.put("train_photos", (double) train.size());
        metrics.put("test_photos", (double) test.size());
        return new TrainedModel(model, metrics, train.size(), test);
    }

    /** The held-out photos' calibration with the logits' score alone (no reference photos of the shop). */
    public static VisionModel calibrate(VisionModel model, List<LabelledImage> holdout) {
        return calibrate(model, List.of(), holdout);
    }

    /**
     * The model with a {@link Calibration} fitted on held-out photos: the temperature on their logits, and the in-shop
     * score and threshold that best tell them from {@link #OUTLIERS} noise pictures and landscapes (the shop has no
     * photos of what it does not sell, so drawn outliers stand in for them). With {@code trained} photos, the score is
     * the logits' score mixed with the cosine to the nearest of at most {@link #REFERENCE} of them
     * ({@link NearestShopPhoto}, both halves standardised over the held-out photos), at the weight that tells the
     * held-out photos from the outliers best ({@link #weight}).
     */
    public static VisionModel calibrate(VisionModel model, List<LabelledImage> trained, List<LabelledImage> holdout) {
        List<PhotoAnalysis> held = model.analyse(holdout.stream().map(LabelledImage::tensor).toList());
        List<float[]> logits = new ArrayList<>();
        List<float[]> embeddings = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < holdout.size(); i++) {
            int label = model.subCategories().indexOf(holdout.get(i).subCategory());
            if (label >= 0) {
                logits.add(held.get(i).logits());
                embeddings.add(held.get(i).embedding());
                labels.add(label);
            }
        }
        if (logits.isEmpty()) {
            return model;
        }
        double t = TemperatureScaling.fit(logits, labels.stream().mapToInt(Integer::intValue).toArray());
        List<float[]> outliers = new ArrayList<>();
        for (int i = 0; i < OUTLIERS; i++) {
            outliers.add(ImageTensors.letterbox(i % 2 == 0 ? GeneratedOutliers.noise(i) : GeneratedOutliers.landscape(i), model.inputSize()));
        }
        List<PhotoAnalysis> out = model.analyse(outliers);
        List<float[]> outLogits = out.stream().map(PhotoAnalysis::logits).toList();
        InShopScore best = InShopScore.MAX_PROBABILITY;
        double bestAuroc = -1;
        for (InShopScore kind : InShopScore.values()) {
            double auroc = OutOfShop.auroc(scores(logits, kind, t), scores(outLogits, kind, t));
            if (auroc > bestAuroc) {
                best = kind;
                bestAuroc = auroc;
            }
        }
        double[] inScores = scores(logits, best, t);
        double[] outScores = scores(outLogits, best, t);
        if (trained.isEmpty()) {
            return model.withCalibration(new Calibration(t, best, OutOfShop.threshold(inScores, outScores)));
        }
        List<float[]> reference = model.analyse(reference(trained, REFERENCE, REFERENCE_SEED).stream()
                .map(LabelledImage::tensor).toList()).stream().map(PhotoAnalysis::embedding).toList();
        NearestShopPhoto shop = NearestShopPhoto.standardised(reference, inScores, embeddings);
        double[] inNearest = embeddings.stream().mapToDouble(shop::nearest).toArray();
        double[] outNearest = out.stream().mapToDouble(a -> shop.nearest(a.embedding())).toArray();
        NearestShopPhoto mix = shop.withWeight(weight(shop, inScores, inNearest, outScores, outNearest));
        double threshold = OutOfShop.threshold(mixed(mix, inScores, inNearest), mixed(mix, outScores, outNearest));
        return model.withCalibration(new Calibration(t, best, threshold, mix));
    }

    /**
     * The weight of the nearest shop photo, from 0 (the logits' score alone) to 1 in steps of 0.05, whose mix tells the
     * held-out photos from the outliers best by AUROC. Weights within {@link #WEIGHT_TIE} of the best AUROC count as
     * tied, and the tie goes to the weight nearest 0.5: drawn outliers are told apart by either half, while real
     * photos of what a shop does not sell were told apart by the nearest photo far better than by the softmax and best
     * by a mix (shipped model, validation: AUROC flat for weights 0.1-0.5, docs/benchmarks.md fifth pass), which drawn
     * outliers cannot show.
     */
    static double weight(NearestShopPhoto shop, double[] inScores, double[] inNearest, double[] outScores, double[] outNearest) {
        double[] auroc = new double[WEIGHT_STEPS + 1];
        double best = -1;
        for (int step = 0; step <= WEIGHT_STEPS; step++) {
            NearestShopPhoto mix = shop.withWeight((double) step / WEIGHT_STEPS);
            auroc[step] = OutOfShop.auroc(mixed(mix, inScores, inNearest), mixed(mix, outScores, outNearest));
            best = Math.max(best, auroc[step]);
        }
        int chosen = -1;
        for (int step = 0; step <= WEIGHT_STEPS; step++) {
            if (auroc[step] >= best - WEIGHT_TIE
                    && (chosen < 0 || Math.abs(2 * step - WEIGHT_STEPS) < Math.abs(2 * chosen - WEIGHT_STEPS))) {
                chosen = step;
            }
        }
        return (double) chosen / WEIGHT_STEPS;
    }

    /**
     * At most {@code cap} of the {@code photos}, as many of each sub-category as the cap allows (taken in turn, each
     * sub-category's photos in a fixed shuffled order): the shop's reference photos stay small however large the
     * catalogue, and a sub-category with few photos keeps all of them.
     */
    static List<LabelledImage> reference(List<LabelledImage> photos, int cap, long seed) {
        Map<String, List<LabelledImage>> bySub = new TreeMap<>();
        photos.forEach(p -> bySub.computeIfAbsent(p.subCategory(), s -> new ArrayList<>()).add(p));
        Random random = new Random(seed);
        bySub.values().forEach(list -> Collections.shuffle(list, random));
        List<LabelledImage> kept = new ArrayList<>(Math.min(cap, photos.size()));
        for (int round = 0; kept.size() < Math.min(cap, photos.size()); round++) {
            for (List<LabelledImage> list : bySub.values()) {
                if (round < list.size() && kept.size() < cap) {
                    kept.add(list.get(round));
                }
            }
        }
        return kept;
    }

    private static double[] mixed(NearestShopPhoto mix, double[] scores, double[] nearest) {
        double[] m = new double[scores.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = mix.mix(scores[i], nearest[i]);
        }
        return m;
    }

    private static double[] scores(List<float[]> logits, InShopScore kind, double t) {
        return logits.stream().mapToDouble(z -> kind.of(z, t)).toArray();
    }

    /**
     * Accuracy, macro-F1 and top-3 accuracy of {@code model} on {@code test}, and precision@10 of each test photo's
     * neighbours among the {@code reference} photos (same sub-category = relevant). A test photo whose sub-category
     * the model does not know counts as a miss.
     */
    public static Map<String, Double> evaluate(VisionModel model, List<LabelledImage> reference, List<LabelledImage> test) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (test.isEmpty()) {
            return metrics;
        }
        List<PhotoAnalysis> tested = model.analyse(test.stream().map(LabelledImage::tensor).toList());
        Classification classification = new Classification();
        for (int i = 0; i < test.size(); i++) {
            classification.add(test.get(i).subCategory(), tested.get(i).ranked());
        }
        metrics.put("accuracy", classification.accuracy());
        metrics.put("macro-f1", classification.macroF1());
        metrics.put("top3-accuracy", classification.topK(3));
        if (!reference.isEmpty()) {
            List<PhotoAnalysis> known = model.analyse(reference.stream().map(LabelledImage::tensor).toList());
            List<IndexedImage> entries = new ArrayList<>();
            for (int i = 0; i < reference.size(); i++) {
                float[] e = known.get(i).embedding();
                if (isUnit(e)) {
                    entries.add(new IndexedImage("ref-" + i, reference.get(i).subCategory(), e));
                }
            }
            NeighbourPrecision precision = new NeighbourPrecision(NEIGHBOURS);
            NeighbourPrecision served = new NeighbourPrecision(NEIGHBOURS);
            ShelfPrior prior = ShelfPrior.SHOP;
            try (VisualIndex index = VisualIndexes.exact(entries)) {
                for (int i = 0; i < test.size(); i++) {
                    List<VisualMatch> nearest = index.search(tested.get(i).embedding(), prior.candidates(NEIGHBOURS), Optional.empty());
                    precision.add(test.get(i).subCategory(), nearest.subList(0, Math.min(NEIGHBOURS, nearest.size())));
                    Map<String, Double> probabilities = new HashMap<>();
                    tested.get(i).ranked().forEach(p -> probabilities.put(p.subCategory(), p.probability()));
                    served.add(test.get(i).subCategory(), prior.rank(nearest, probabilities, NEIGHBOURS));
                }
            }
            metrics.put("precision@10", precision.mean());
            // as photo search orders its look-alikes: the likelier shelves first
            metrics.put("precision@10-shelf", served.mean());
        }
        return metrics;
    }

    private static boolean isUnit(float[] v) {
        return Math.abs(io.vitrine.vision.Vectors.norm(v) - 1) < 1e-3;
    }
}
