package io.vitrine.vision.train;

import io.vitrine.vision.Calibration;
import io.vitrine.vision.VisionModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Calibrates a shipped photo model for the shop it ships with, as {@link HoldoutTrainer} calibrates a model retrained
 * in the server: the temperature on the demo store's held-out product photos (the {@link DemoVisionModel} split),
 * the in-shop threshold against drawn outliers, lowered so that {@link #KEEP} of those photos stay close matches.
 * Writes the model back in place.
 * <pre>java -cp ... io.vitrine.vision.train.ShippedCalibration models/vision/vision-model.zip</pre>
 */
public final class ShippedCalibration {

    /** Share of the shop's own held-out photos that must be a close match. */
    static final double KEEP = 0.95;

    private ShippedCalibration() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "models/vision/" + DemoVisionModel.MODEL_FILE);
        VisionModel model = VisionModel.load(file);
        List<LabelledImage> holdout = DemoVisionModel.holdoutPhotos(model.inputSize());
        VisionModel fitted = HoldoutTrainer.calibrate(model, holdout);
        // the threshold that best tells drawn outliers apart refuses about half of the shop's own unseen photos; a
        // shop keeps KEEP of its own products and refuses less noise instead (the cut-off is the KEEP quantile)
        double[] scores = fitted.analyse(holdout.stream().map(LabelledImage::tensor).toList()).stream()
                .mapToDouble(io.vitrine.vision.PhotoAnalysis::inShopScore).sorted().toArray();
        double keepAll = scores[(int) Math.floor((1 - KEEP) * (scores.length - 1))];
        Calibration c = fitted.calibration();
        VisionModel calibrated = fitted.withCalibration(c.withThreshold(c.score(), Math.min(c.threshold(), keepAll)));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        calibrated.save(tmp);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("calibrated on " + holdout.size() + " demo holdout photos: " + calibrated.calibration());
    }
}
