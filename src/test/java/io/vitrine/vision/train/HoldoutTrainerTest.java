package io.vitrine.vision.train;

import io.vitrine.vision.Calibration;
import io.vitrine.vision.ImageTensors;
import io.vitrine.vision.NearestShopPhoto;
import io.vitrine.vision.PhotoAnalysis;
import io.vitrine.vision.TestImages;
import io.vitrine.vision.VisionModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The in-shop retraining's "no close match": the nearest of the shop's own training photos beside the softmax. */
class HoldoutTrainerTest {

    /** Two shop photos along x and y; both halves standardised with mean 0 and spread 1, so the mix is plain. */
    private static final NearestShopPhoto PLAIN = new NearestShopPhoto(List.of(new float[] {1, 0}, new float[] {0, 1}), 0, 0, 1, 0, 1);

    @Test
    void theWeightIsTheBestAurocAndATieGoesToTheWeightNearestOneHalf() {
        // in (score 1, nearest 0) against out (0, 1): mixes 1 - w and w, apart (AUROC 1) for w < 0.5 only
        assertEquals(0.45, HoldoutTrainer.weight(PLAIN, new double[] {1}, new double[] {0}, new double[] {0}, new double[] {1}), 1e-12);
        // in (0, 1) against out (1, 0): apart for w > 0.5 only, the nearest such weight is 0.55
        assertEquals(0.55, HoldoutTrainer.weight(PLAIN, new double[] {0}, new double[] {1}, new double[] {1}, new double[] {0}), 1e-12);
        // in (1, 1) against out (0, 0): every weight tells them apart, the tie goes to 0.5
        assertEquals(0.5, HoldoutTrainer.weight(PLAIN, new double[] {1}, new double[] {1}, new double[] {0}, new double[] {0}), 1e-12);
    }

    @Test
    void theWeightFollowsTheBetterHalfWhenOnlyOneHalfTellsApart() {
        // ins (2, 0) and (-1, 0) against out (0, -1): the score alone ranks the out photo between the two ins (AUROC
        // 0.5); at w the ins mix to 2 - 2w and -1 + w, the out to -w; both above -w needs -1 + w > -w, w > 0.5
        double w = HoldoutTrainer.weight(PLAIN, new double[] {2, -1}, new double[] {0, 0}, new double[] {0}, new double[] {-1});
        assertEquals(0.55, w, 1e-12, "the lowest weight above 0.5 is the one nearest 0.5 of those with AUROC 1");
    }

    @Test
    void theReferenceKeepsAsManyOfEachSubCategoryAsTheCapAllows() {
        List<LabelledImage> photos = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            photos.add(new LabelledImage("tops", new float[] {i}));
        }
        photos.add(new LabelledImage("caps", new float[] {10}));
        photos.add(new LabelledImage("bags", new float[] {20}));
        photos.add(new LabelledImage("bags", new float[] {21}));

        // 4 of 8: one of each in turn (bags, caps, tops), then the second bag
        Map<String, Long> kept = HoldoutTrainer.reference(photos, 4, 1).stream()
                .collect(Collectors.groupingBy(LabelledImage::subCategory, Collectors.counting()));
        assertEquals(Map.of("bags", 2L, "caps", 1L, "tops", 1L), kept);
        // 6: then the second and third tops (caps and bags have run out)
        kept = HoldoutTrainer.reference(photos, 6, 1).stream()
                .collect(Collectors.groupingBy(LabelledImage::subCategory, Collectors.counting()));
        assertEquals(Map.of("bags", 2L, "caps", 1L, "tops", 3L), kept);
        assertEquals(8, HoldoutTrainer.reference(photos, 100, 1).size(), "a cap above the photos keeps them all");
    }

    @Test
    void aRetrainedModelDecidesCloseMatchesWithItsOwnTrainingPhotos(@TempDir Path dir) {
        int size = 16;
        List<String> classes = List.of("Bags", "Shoes", "Watches");
        Color[] colours = {Color.RED, Color.BLUE, Color.DARK_GRAY};
        List<LabelledImage> trained = new ArrayList<>();
        List<LabelledImage> held = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            int c = i % 3;
            (i < 12 ? trained : held).add(new LabelledImage(classes.get(c),
                    ImageTensors.letterbox(TestImages.product(24 + i, 24, colours[c], c == 1), size)));
        }
        VisionTrainer.Settings settings = VisionTrainer.Settings.defaults()
                .withInputSize(size).withNetwork(List.of(4, 8), 16).withEpochs(2).withTimeBudget(Duration.ZERO);
        VisionModel model = HoldoutTrainer.calibrate(new VisionTrainer(settings).train(trained, ProgressListener.none()), trained, held);

        Calibration c = model.calibration();
        assertEquals(trained.size(), c.nearest().referenceSize(), "12 training photos, under the cap: all are the reference");
        assertTrue(c.nearest().weight() >= 0 && c.nearest().weight() <= 1);
        // the reference is the training photos' embeddings: a training photo's nearest is itself (cosine 1)
        PhotoAnalysis own = model.analyse(List.of(trained.get(0).tensor())).get(0);
        assertEquals(1.0, c.nearest().nearest(own.embedding()), 1e-5);
        // the served score is the mix of the logits' score and that nearest photo, and the model file keeps it
        VisionModel loaded = saved(model, dir.resolve("retrained.zip"));
        PhotoAnalysis other = loaded.analyse(List.of(held.get(0).tensor())).get(0);
        double expected = c.nearest().mix(c.score().of(other.logits(), c.temperature()), c.nearest().nearest(other.embedding()));
        assertEquals(expected, other.inShopScore(), 1e-6);
        assertEquals(expected >= c.threshold(), other.closeMatch());
        assertEquals(c, loaded.calibration());
    }

    @Test
    void withoutTrainingPhotosTheLogitsScoreDecidesAlone() {
        int size = 16;
        List<LabelledImage> photos = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            photos.add(new LabelledImage(i % 2 == 0 ? "Bags" : "Shoes",
                    ImageTensors.letterbox(TestImages.product(24 + i, 24, i % 2 == 0 ? Color.RED : Color.BLUE, i % 2 == 1), size)));
        }
        VisionTrainer.Settings settings = VisionTrainer.Settings.defaults()
                .withInputSize(size).withNetwork(List.of(4), 8).withEpochs(1).withTimeBudget(Duration.ZERO);
        VisionModel model = HoldoutTrainer.calibrate(new VisionTrainer(settings).train(photos, ProgressListener.none()), photos);

        assertEquals(NearestShopPhoto.OFF, model.calibration().nearest());
    }

    private static VisionModel saved(VisionModel model, Path file) {
        model.save(file);
        return VisionModel.load(file);
    }
}
