package io.vitrine.vision.eval;

import io.vitrine.bench.BenchReport;
import io.vitrine.demo.ProductImagePainter;
import io.vitrine.vision.Calibration;
import io.vitrine.vision.TestTimeView;
import io.vitrine.vision.VisionModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Smoke run of the real-photo benchmark on a tiny folder of the fashion-products layout (drawn photos stand in). */
class VisionRealBenchmarkTest {

    @Test
    void fitsOnValidationAndReportsTheTestFigures(@TempDir Path dir) throws Exception {
        Path folder = tinyFolder(dir);
        VisionModel model = VisionModel.load(Path.of("models/vision/vision-model.zip")).withCalibration(Calibration.NONE);

        VisionRealBenchmark.Result result = new VisionRealBenchmark().evaluate(model, folder, 4, shop(model));
        BenchReport report = new BenchReport("vision-real");
        result.report(report);
        result.writeCard(dir.resolve("card.md"), model.views());

        assertTrue(result.calibration().temperature() > 0);
        assertEquals(4, result.calibration().nearest().referenceSize(), "the shop's reference photos travel with the calibration");
        assertTrue(result.validation().auroc() >= result.baselineValidation().auroc(),
                "weight 0 (the logits alone) is among the weights tried, so validation never gets worse");
        assertEquals(6 * 3, result.test().inShop(), "three sold types, 8 photos each, a quarter of each to validation");
        assertEquals(6 + 2 * 4, result.test().outOfShop(), "the not-sold type's test part plus 4 noise and 4 landscapes");
        for (String metric : List.of("top1-accuracy", "top3-accuracy", "ece")) {
            double v = report.value(VisionRealBenchmark.DATASET, "shipped-cnn", metric).orElseThrow();
            assertTrue(v >= 0 && v <= 1, metric + " " + v);
        }
        assertTrue(result.test().top3() >= result.test().top1());
        assertTrue(Files.readString(dir.resolve("card.md")).contains(VisionRealBenchmark.Result.CARD_SECTION));
        assertTrue(Files.readString(dir.resolve("card.md")).contains("**Test-time views**: " + TestTimeView.format(model.views())));
    }

    @Test
    void choosingBetweenCandidatesReadsTheValidationPartAlone(@TempDir Path dir) throws Exception {
        Path folder = tinyFolder(dir);
        VisionModel model = VisionModel.load(Path.of("models/vision/vision-model.zip")).withCalibration(Calibration.NONE);

        VisionRealBenchmark.Figures f = new VisionRealBenchmark().validationOnly(model, folder, 4, shop(model));

        assertEquals(2 * 3, f.inShop(), "a quarter of each sold type's 8 photos");
        assertEquals(2 + 2 + 2, f.outOfShop(), "the not-sold type's validation part plus 2 noise and 2 landscapes");
        assertTrue(f.top3() >= f.top1());
    }

    /** The shop's reference: four drawn product photos (not the folder's), standardised as is (mean 0, spread 1). */
    private static VisionRealBenchmark.ShopReference shop(VisionModel model) {
        ProductImagePainter painter = new ProductImagePainter(11);
        List<float[]> tensors = java.util.stream.Stream.of("t-shirts", "watches", "sneakers", "t-shirts")
                .map(s -> io.vitrine.vision.ImageTensors.letterbox(new io.vitrine.vision.ImageDecoder()
                        .decode(painter.paint("ref-" + s, s, "").bytes()).rgb(), model.inputSize())).toList();
        List<float[]> reference = model.analyse(tensors).stream().map(io.vitrine.vision.PhotoAnalysis::embedding).toList();
        return (kind, t) -> new io.vitrine.vision.NearestShopPhoto(reference, 0, 0, 1, 0, 1);
    }

    /** Four article types of 8 drawn photos each in the fashion-products layout; Ties is not sold. */
    private static Path tinyFolder(Path dir) throws java.io.IOException {
        Path folder = dir.resolve("fashion-products");
        Files.createDirectories(folder.resolve("images"));
        StringBuilder styles = new StringBuilder("id,gender,masterCategory,subCategory,articleType,baseColour,season,year,usage\n");
        ProductImagePainter painter = new ProductImagePainter(3);
        Map<String, String> types = Map.of("Tshirts", "t-shirts", "Watches", "watches", "Casual Shoes", "sneakers", "Ties", "parcel");
        int id = 1;
        for (var type : types.entrySet()) {
            for (int i = 0; i < 8; i++, id++) {
                Files.write(folder.resolve("images/" + id + ".jpg"), painter.paint("p" + id, type.getValue(), "").bytes());
                styles.append(id).append(",Men,Apparel,x,").append(type.getKey()).append(",Blue,Summer,2012,Casual\n");
            }
        }
        Files.writeString(folder.resolve("styles.csv"), styles, StandardCharsets.UTF_8);
        return folder;
    }
}
