package io.vitrine.vision.train;

import io.vitrine.vision.PhotoAnalysis;
import io.vitrine.vision.IndexedImage;
import io.vitrine.vision.VisionModel;
import io.vitrine.vision.VisualIndex;
import io.vitrine.vision.VisualIndexes;
import io.vitrine.vision.eval.Classification;
import io.vitrine.vision.eval.NeighbourPrecision;

import java.util.ArrayList;
import java.util.Collections;
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
 * Sub-categories with fewer than {@code minPerClass} photos are left out: a class the split leaves with one
 * training photo teaches nothing and scores noise.
 */
public final class HoldoutTrainer implements PhotoTrainer {

    public static final int NEIGHBOURS = 10;

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
        VisionModel model = trainer.train(train, progress);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Double> metrics = new LinkedHashMap<>(evaluate(model, train, test));
        metrics.put("train_s", seconds);
        metrics.put("train_photos", (double) train.size());
        metrics.put("test_photos", (double) test.size());
        return new TrainedModel(model, metrics, train.size(), test);
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
            try (VisualIndex index = VisualIndexes.exact(entries)) {
                for (int i = 0; i < test.size(); i++) {
                    precision.add(test.get(i).subCategory(), index.search(tested.get(i).embedding(), NEIGHBOURS, Optional.empty()));
                }
            }
            metrics.put("precision@10", precision.mean());
        }
        return metrics;
    }

    private static boolean isUnit(float[] v) {
        return Math.abs(io.vitrine.vision.Vectors.norm(v) - 1) < 1e-3;
    }
}
