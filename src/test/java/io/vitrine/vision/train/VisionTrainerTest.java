package io.vitrine.vision.train;

import io.vitrine.vision.PhotoAnalysis;
import io.vitrine.vision.ImageTensors;
import io.vitrine.vision.Prediction;
import io.vitrine.vision.TestImages;
import io.vitrine.vision.Vectors;
import io.vitrine.vision.VisionModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VisionTrainerTest {

    private static final int SIZE = 16;
    private static final List<String> CLASSES = List.of("Bags", "Shoes", "Watches");
    private static List<LabelledImage> images;
    private static VisionModel model;

    /** A tiny network trained for two epochs on generated shapes: enough to check shapes and plumbing, fast. */
    @BeforeAll
    static void train() {
        images = new ArrayList<>();
        Color[] colours = {Color.RED, Color.BLUE, Color.DARK_GRAY};
        for (int i = 0; i < 12; i++) {
            int c = i % 3;
            images.add(new LabelledImage(CLASSES.get(c),
                    ImageTensors.letterbox(TestImages.product(24 + i, 24, colours[c], c == 1), SIZE)));
        }
        VisionTrainer.Settings settings = VisionTrainer.Settings.defaults()
                .withInputSize(SIZE).withNetwork(List.of(4, 8), 16).withEpochs(2).withTimeBudget(Duration.ZERO);
        model = new VisionTrainer(settings).train(images, ProgressListener.none());
    }

    @Test
    void modelKnowsItsClassesAndShapes() {
        assertEquals(CLASSES, model.subCategories());
        assertEquals(SIZE, model.inputSize());
        assertEquals(16, model.embeddingSize());
    }

    @Test
    void analysisRanksEveryClassWithProbabilitiesAndAUnitEmbedding() {
        List<PhotoAnalysis> analyses = model.analyse(images.stream().map(LabelledImage::tensor).toList());

        assertEquals(images.size(), analyses.size());
        for (PhotoAnalysis a : analyses) {
            assertEquals(3, a.ranked().size());
            assertEquals(1.0, a.ranked().stream().mapToDouble(Prediction::probability).sum(), 1e-4);
            assertTrue(a.ranked().get(0).probability() >= a.ranked().get(1).probability());
            assertEquals(2, a.top(2).size());
            assertEquals(16, a.embedding().length);
            assertEquals(1.0, Vectors.norm(a.embedding()), 1e-4);
        }
    }

    @Test
    void probabilitiesAreTheSoftmaxOfTheLogitsAtTheCalibratedTemperature(@TempDir Path dir) {
        float[] tensor = images.get(0).tensor();
        PhotoAnalysis plain = model.analyse(List.of(tensor)).get(0);
        float[] z = plain.logits();
        double[] expected = io.vitrine.vision.Calibration.softmax(z, 1);
        assertEquals(expected[CLASSES.indexOf(plain.best().subCategory())], plain.best().probability(), 1e-6);
        assertTrue(plain.closeMatch(), "an uncalibrated model always matches");

        io.vitrine.vision.Calibration calibration = new io.vitrine.vision.Calibration(2.0, io.vitrine.vision.InShopScore.MAX_LOGIT, 1e9);
        Path file = dir.resolve("calibrated.zip");
        model.withCalibration(calibration).save(file);
        VisionModel loaded = VisionModel.load(file);

        PhotoAnalysis hot = loaded.analyse(List.of(tensor)).get(0);
        assertEquals(calibration, loaded.calibration());
        assertEquals(plain.best().subCategory(), hot.best().subCategory(), "a temperature never changes the ranking");
        assertEquals(io.vitrine.vision.Calibration.softmax(z, 2)[CLASSES.indexOf(hot.best().subCategory())],
                hot.best().probability(), 1e-5);
        assertEquals(io.vitrine.vision.InShopScore.MAX_LOGIT.of(z, 2), hot.inShopScore(), 1e-5);
        assertTrue(!hot.closeMatch(), "below the threshold: no close match");
    }

    @Test
    void theNearestShopPhotoTravelsWithTheModelAndDecidesCloseMatches(@TempDir Path dir) {
        List<PhotoAnalysis> plain = model.analyse(List.of(images.get(0).tensor(), images.get(images.size() - 1).tensor()));
        float[] shopPhoto = plain.get(0).embedding();
        float[] other = plain.get(1).embedding();
        // weight 1, no standardisation: the in-shop score is the cosine to the one shop photo, 1 for the photo itself
        io.vitrine.vision.NearestShopPhoto nearest = new io.vitrine.vision.NearestShopPhoto(List.of(shopPhoto), 1, 0, 1, 0, 1);
        double cosine = Vectors.dot(shopPhoto, other);
        double threshold = (1 + cosine) / 2;
        io.vitrine.vision.Calibration calibration = new io.vitrine.vision.Calibration(1.5, io.vitrine.vision.InShopScore.MAX_PROBABILITY,
                threshold, nearest);
        Path file = dir.resolve("with-nearest.zip");
        model.withCalibration(calibration).save(file);
        VisionModel loaded = VisionModel.load(file);

        List<PhotoAnalysis> scored = loaded.analyse(List.of(images.get(0).tensor(), images.get(images.size() - 1).tensor()));
        assertEquals(calibration, loaded.calibration());
        assertEquals(1.0, scored.get(0).inShopScore(), 1e-4);
        assertTrue(scored.get(0).closeMatch(), "the shop's own photo is a close match");
        assertEquals(cosine, scored.get(1).inShopScore(), 1e-4);
        assertTrue(cosine < 1 - 1e-3, "the two photos differ, so the threshold lies strictly between them: " + cosine);
        assertTrue(!scored.get(1).closeMatch(), "a photo less like the shop's photo than the threshold is no close match");
    }

    @Test
    void testTimeViewsAverageTheLogitsKeepThePlainEmbeddingAndTravelWithTheModel(@TempDir Path dir) {
        float[] tensor = images.get(0).tensor();
        PhotoAnalysis plain = model.analyse(List.of(tensor)).get(0);
        PhotoAnalysis mirrored = model.analyse(List.of(io.vitrine.vision.TestTimeView.FLIP.apply(tensor, SIZE))).get(0);
        List<io.vitrine.vision.TestTimeView> views = List.of(io.vitrine.vision.TestTimeView.PLAIN, io.vitrine.vision.TestTimeView.FLIP);
        Path file = dir.resolve("with-views.zip");
        model.withViews(views).save(file);
        VisionModel loaded = VisionModel.load(file);

        PhotoAnalysis both = loaded.analyse(List.of(tensor)).get(0);
        assertEquals(views, loaded.views());
        assertEquals(List.of(io.vitrine.vision.TestTimeView.PLAIN), model.views(), "a model looks once unless its file says otherwise");
        float[] expected = new float[CLASSES.size()];
        for (int c = 0; c < expected.length; c++) {
            expected[c] = (plain.logits()[c] + mirrored.logits()[c]) / 2;
        }
        assertArrayEquals(expected, both.logits(), 1e-5f);
        assertArrayEquals(plain.embedding(), both.embedding(), 1e-6f, "the visual index compares the plain view's embedding");
        assertEquals(model.fingerprint(), loaded.fingerprint(), "views do not change what the index stores");
        assertEquals(List.of(io.vitrine.vision.TestTimeView.PLAIN), loaded.withParameters(loaded.parameters()).views());
    }

    @Test
    void fineTuningStartsFromTheGivenWeights() {
        VisionTrainer.Settings settings = VisionTrainer.Settings.defaults()
                .withInputSize(SIZE).withNetwork(List.of(4, 8), 16).withEpochs(1).withLearningRate(1e-9).withTimeBudget(Duration.ZERO);

        VisionModel tuned = new VisionTrainer(settings).train(images, ProgressListener.none(), java.util.Optional.of(model));

        // at a vanishing learning rate the weights barely move (batch norm's running statistics still follow the
        // batches): about the same embeddings as the model it started from
        assertArrayEquals(model.analyse(List.of(images.get(0).tensor())).get(0).embedding(),
                tuned.analyse(List.of(images.get(0).tensor())).get(0).embedding(), 0.02f);
        VisionTrainer wider = new VisionTrainer(settings.withInputSize(SIZE * 2));
        List<LabelledImage> big = images.stream().map(i -> new LabelledImage(i.subCategory(), new float[ImageTensors.length(SIZE * 2)])).toList();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> wider.train(big, ProgressListener.none(), java.util.Optional.of(model)));
    }

    @Test
    void aCenterLossModelServesItsEmbeddingAndSurvivesSaveAndLoad(@TempDir Path dir) {
        VisionTrainer.Settings settings = VisionTrainer.Settings.defaults()
                .withInputSize(SIZE).withNetwork(List.of(4, 8), 16).withEpochs(2).withTimeBudget(Duration.ZERO).withCenterLoss(0.003);
        VisionModel centred = new VisionTrainer(settings).train(images, ProgressListener.none());
        Path file = dir.resolve("centred.zip");
        centred.save(file);

        VisionModel loaded = VisionModel.load(file);

        PhotoAnalysis before = centred.analyse(List.of(images.get(0).tensor())).get(0);
        PhotoAnalysis after = loaded.analyse(List.of(images.get(0).tensor())).get(0);
        assertEquals(16, loaded.embeddingSize());
        assertEquals(CLASSES.size(), before.ranked().size());
        assertEquals(before.best().subCategory(), after.best().subCategory());
        assertArrayEquals(before.embedding(), after.embedding(), 1e-5f);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> settings.withCenterLoss(-1));
    }

    @Test
    void savedModelAnswersTheSame(@TempDir Path dir) {
        Path file = dir.resolve("vision.zip");
        model.save(file);

        VisionModel loaded = VisionModel.load(file);

        PhotoAnalysis before = model.analyse(List.of(images.get(0).tensor())).get(0);
        PhotoAnalysis after = loaded.analyse(List.of(images.get(0).tensor())).get(0);
        assertEquals(model.subCategories(), loaded.subCategories());
        assertEquals(model.inputSize(), loaded.inputSize());
        assertEquals(before.best().subCategory(), after.best().subCategory());
        assertEquals(before.best().probability(), after.best().probability(), 1e-5);
        assertArrayEquals(before.embedding(), after.embedding(), 1e-5f);
    }

    @Test
    void concurrentCallersGetTheSameAnswersAsOne() throws Exception {
        List<float[]> inputs = images.stream().map(LabelledImage::tensor).toList();
        List<PhotoAnalysis> expected = model.analyse(inputs);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PhotoAnalysis>> futures = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (float[] input : inputs) {
                    futures.add(pool.submit(() -> model.analyse(List.of(input)).get(0)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertArrayEquals(expected.get(i % inputs.size()).embedding(), futures.get(i).get().embedding(), 1e-5f);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void augmentationKeepsShapeAndRange() {
        float[] tensor = images.get(0).tensor();
        float[] augmented = new Augmenter(SIZE, 1.0).augment(tensor, new Random(3));

        assertEquals(tensor.length, augmented.length);
        for (float v : augmented) {
            assertTrue(v >= 0 && v <= 1);
        }
    }
}
