package io.vitrine.vision.train;

import io.vitrine.demo.ProductImagePainter;
import io.vitrine.vision.Calibration;
import io.vitrine.vision.ImageDecoder;
import io.vitrine.vision.InShopScore;
import io.vitrine.vision.NearestShopPhoto;
import io.vitrine.vision.PhotoAnalysis;
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

    /**
     * {@code c} with its threshold lowered, if need be, so that {@link #KEEP} of the demo store's held-out product
     * photos stay close matches: a threshold that best tells other pictures apart (drawn outliers, or real photos of
     * what the shop does not sell) may refuse the shop's own products, and a shop keeps its own products first.
     */
    public static Calibration keepingShopPhotos(VisionModel model, Calibration c) {
        return keepingShopPhotos(model, c, DemoVisionModel.holdoutPhotos(model.inputSize()));
    }

    static Calibration keepingShopPhotos(VisionModel model, Calibration c, List<LabelledImage> holdout) {
        // the cut-off is the (1 - KEEP) quantile of the held-out photos' in-shop scores under c
        double[] scores = model.analyse(holdout.stream().map(LabelledImage::tensor).toList()).stream()
                .mapToDouble(a -> c.inShopScore(a.logits(), a.embedding())).sorted().toArray();
        double keepAll = scores[(int) Math.floor((1 - KEEP) * (scores.length - 1))];
        return c.withThreshold(c.score(), Math.min(c.threshold(), keepAll));
    }

    /**
     * The shop's side of the nearest-photo score for the shipped model, weight 0 (the caller chooses the weight on
     * validation): the reference is the embeddings of the demo store's own product photos that training saw (the
     * {@link DemoVisionModel} split), and both halves are standardised over its held-out product photos.
     */
    public static NearestShopPhoto shopReference(VisionModel model, InShopScore score, double temperature) {
        DemoVisionModel.Split split = DemoVisionModel.split(DemoVisionModel.demoStore().products());
        ProductImagePainter painter = new ProductImagePainter(DemoVisionModel.SEED);
        ImageDecoder decoder = new ImageDecoder();
        List<float[]> reference = model.embed(split.train().parallelStream()
                .map(p -> DemoVisionModel.photo(painter, decoder, p, model.inputSize()).tensor()).toList());
        List<PhotoAnalysis> held = model.analyse(DemoVisionModel.holdoutPhotos(model.inputSize()).stream().map(LabelledImage::tensor).toList());
        NearestShopPhoto unscaled = new NearestShopPhoto(reference, 0, 0, 1, 0, 1);
        double[] scores = held.stream().mapToDouble(a -> score.of(a.logits(), temperature)).toArray();
        double[] nearest = held.stream().mapToDouble(a -> unscaled.nearest(a.embedding())).toArray();
        return new NearestShopPhoto(reference, 0, mean(scores), spread(scores), mean(nearest), spread(nearest));
    }

    /** The demo store's own product photos that training saw (the {@link DemoVisionModel} split), labelled, at {@code size}. */
    public static List<LabelledImage> shopPhotos(int size) {
        ProductImagePainter painter = new ProductImagePainter(DemoVisionModel.SEED);
        ImageDecoder decoder = new ImageDecoder();
        return DemoVisionModel.split(DemoVisionModel.demoStore().products()).train().parallelStream()
                .map(p -> DemoVisionModel.photo(painter, decoder, p, size)).toList();
    }

    /** The demo store's held-out product photos (the {@link DemoVisionModel} split), labelled, at {@code size}. */
    public static List<LabelledImage> heldOutShopPhotos(int size) {
        return DemoVisionModel.holdoutPhotos(size);
    }

    static double mean(double[] v) {
        return java.util.Arrays.stream(v).average().orElseThrow();
    }

    /** Standard deviation; a constant column (a spread of 0) counts as 1 so that standardising never divides by zero. */
    static double spread(double[] v) {
        double m = mean(v);
        double sd = Math.sqrt(java.util.Arrays.stream(v).map(x -> (x - m) * (x - m)).average().orElseThrow());
        return sd > 0 ? sd : 1;
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "models/vision/" + DemoVisionModel.MODEL_FILE);
        VisionModel model = VisionModel.load(file);
        List<LabelledImage> holdout = DemoVisionModel.holdoutPhotos(model.inputSize());
        VisionModel fitted = HoldoutTrainer.calibrate(model, holdout);
        VisionModel calibrated = fitted.withCalibration(keepingShopPhotos(fitted, fitted.calibration(), holdout));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        calibrated.save(tmp);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("calibrated on " + holdout.size() + " demo holdout photos: " + calibrated.calibration());
    }
}
