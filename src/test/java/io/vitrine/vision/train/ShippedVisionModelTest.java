package io.vitrine.vision.train;

import io.vitrine.demo.ProductImagePainter;
import io.vitrine.vision.PhotoAnalysis;
import io.vitrine.vision.ImageDecoder;
import io.vitrine.vision.Vectors;
import io.vitrine.vision.VisionModel;
import io.vitrine.vision.eval.Classification;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The model shipped in models/vision reads back and recognises demo-store photos it never saw: products with new
 * ids, so the painter draws new poses, colours and backgrounds.
 */
class ShippedVisionModelTest {

    private static final Path FILE = Path.of("models/vision/" + DemoVisionModel.MODEL_FILE);

    @Test
    void recognisesFreshlyPaintedDemoPhotos() throws java.io.IOException {
        assertTrue(Files.isRegularFile(FILE), "run the command in models/vision/MODEL_CARD.md to produce " + FILE);
        VisionModel model = VisionModel.load(FILE);
        assertEquals(45, model.subCategories().size(), "every sub-category of the demo catalogue");
        assertEquals(DemoVisionModel.settings().inputSize(), model.inputSize());

        ProductImagePainter painter = new ProductImagePainter(7);
        ImageDecoder decoder = new ImageDecoder();
        Classification classification = new Classification();
        for (String sub : model.subCategories()) {
            for (int k = 0; k < 4; k++) {
                byte[] jpeg = painter.paint("unseen-" + sub + "-" + k, sub, "").bytes();
                PhotoAnalysis a = model.analyse(decoder.decode(jpeg).rgb());
                assertEquals(1.0, Vectors.norm(a.embedding()), 1e-3);
                classification.add(sub, a.ranked());
            }
        }

        System.out.printf("shipped model on unseen demo photos: accuracy %.3f, top-3 %.3f%n", classification.accuracy(), classification.topK(3));
        // what the model card promises (held-out photos), within the noise of 180 photos, and far above chance (1/45)
        Properties card = new Properties();
        try (var in = Files.newBufferedReader(FILE.resolveSibling(DemoVisionModel.METRICS_FILE))) {
            card.load(in);
        }
        double promised = Double.parseDouble(card.getProperty("accuracy"));
        double promisedTop3 = Double.parseDouble(card.getProperty("top3-accuracy"));
        assertTrue(classification.accuracy() >= Math.max(0.4, promised - 0.1), "accuracy " + classification.accuracy() + ", card " + promised);
        assertTrue(classification.topK(3) >= Math.max(0.7, promisedTop3 - 0.1), "top-3 " + classification.topK(3) + ", card " + promisedTop3);
    }
}
