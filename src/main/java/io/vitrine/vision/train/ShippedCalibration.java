package io.vitrine.vision.train;

import io.vitrine.demo.DemoSpec;
import io.vitrine.demo.DemoStore;
import io.vitrine.demo.DemoStoreGenerator;
import io.vitrine.demo.ProductImagePainter;
import io.vitrine.vision.ImageDecoder;
import io.vitrine.vision.VisionModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Calibrates a shipped photo model for the shop it ships with, as {@link HoldoutTrainer} calibrates a model retrained
 * in the server: the temperature on the demo store's held-out product photos (the {@link DemoVisionModel} split),
 * the in-shop threshold against drawn outliers. Writes the model back in place.
 * <pre>java -cp ... io.vitrine.vision.train.ShippedCalibration models/vision/vision-model.zip</pre>
 */
public final class ShippedCalibration {

    private ShippedCalibration() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "models/vision/" + DemoVisionModel.MODEL_FILE);
        VisionModel model = VisionModel.load(file);
        DemoStore store = new DemoStoreGenerator().generate(DemoSpec.of(DemoVisionModel.SEED,
                Instant.parse("2026-01-01T00:00:00Z"), "unused"));
        ProductImagePainter painter = new ProductImagePainter(DemoVisionModel.SEED);
        ImageDecoder decoder = new ImageDecoder();
        List<LabelledImage> holdout = DemoVisionModel.split(store.products()).holdout().stream()
                .map(p -> DemoVisionModel.photo(painter, decoder, p, model.inputSize())).toList();
        VisionModel calibrated = HoldoutTrainer.calibrate(model, holdout);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        calibrated.save(tmp);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("calibrated on " + holdout.size() + " demo holdout photos: " + calibrated.calibration());
    }
}
