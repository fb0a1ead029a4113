package io.vitrine.vision.eval;

import io.vitrine.vision.Calibration;
import io.vitrine.vision.ImageDecoder;
import io.vitrine.vision.PhotoAnalysis;
import io.vitrine.vision.VisionModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * After a {@link VisionJourneyBenchmark} run: the in-shop score of the model the shop retrained, by half (the logits'
 * score alone, as a retrained model had it before session 11; the nearest shop photo alone; the mix the shop serves),
 * as AUROC of the journey's test photos against the same not-sold real photos and drawn pictures the benchmark sends.
 * Measured only. Reads the shop's saved model (the data folder the benchmark's shop log names, under target/tmp):
 * <pre>java -cp target/test-classes:target/classes:&lt;test class path&gt; io.vitrine.vision.eval.VisionJourneyBenchmarkHalves
 *     &lt;data&gt;/models/vision/vision-cnn-2.zip ../shared/datasets/fashion-products</pre>
 */
public final class VisionJourneyBenchmarkHalves {

    private VisionJourneyBenchmarkHalves() {
    }

    public static void main(String[] args) throws Exception {
        VisionModel model = VisionModel.load(Path.of(args[0]));
        Calibration c = model.calibration();
        System.out.println(c);
        FashionSplit split = FashionSplit.of(Path.of(args[1]), 70, 0.2, 42, Integer.MAX_VALUE);
        ImageDecoder decoder = new ImageDecoder();
        List<byte[]> test = new ArrayList<>();
        for (FashionSplit.Photo p : split.test()) {
            test.add(Files.readAllBytes(p.file()));
        }
        List<byte[]> notSold = new ArrayList<>();
        for (Path f : VisionJourneyBenchmark.notSold(split)) {
            notSold.add(Files.readAllBytes(f));
        }
        List<byte[]> drawn = VisionJourneyBenchmark.drawn();
        double[][] in = halves(model, decoder, test);
        double[][] ns = halves(model, decoder, notSold);
        double[][] dr = halves(model, decoder, drawn);
        String[] names = {"logits alone", "nearest alone", "served mix"};
        for (int h = 0; h < 3; h++) {
            System.out.printf("%s: AUROC vs not-sold %.3f, vs drawn %.3f, vs both %.3f%n", names[h],
                    OutOfShop.auroc(in[h], ns[h]), OutOfShop.auroc(in[h], dr[h]), OutOfShop.auroc(in[h], concat(ns[h], dr[h])));
        }
        System.out.printf("served mix at threshold %.4f: kept %.3f, not-sold refused %.3f, drawn refused %.3f%n", c.threshold(),
                OutOfShop.shareAbove(in[2], c.threshold()), 1 - OutOfShop.shareAbove(ns[2], c.threshold()), 1 - OutOfShop.shareAbove(dr[2], c.threshold()));
    }

    private static double[] concat(double[] a, double[] b) {
        double[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** Per photo: the logits' score, the nearest shop photo's cosine, the served in-shop score. */
    private static double[][] halves(VisionModel model, ImageDecoder decoder, List<byte[]> photos) throws Exception {
        Calibration c = model.calibration();
        double[][] r = new double[3][photos.size()];
        for (int i = 0; i < photos.size(); i++) {
            PhotoAnalysis a = model.analyse(decoder.decode(photos.get(i)).rgb());
            r[0][i] = c.score().of(a.logits(), c.temperature());
            r[1][i] = c.nearest().nearest(a.embedding());
            r[2][i] = a.inShopScore();
        }
        return r;
    }
}
