package io.vitrine.vision.eval;

import io.vitrine.bench.BenchReport;
import io.vitrine.vision.TestImages;
import io.vitrine.vision.train.VisionTrainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's protocol end to end on a tiny data set in the fashion-products layout, so CI notices a break. */
class VisionBenchmarkTest {

    @Test
    void smokeRunFillsEveryMetric(@TempDir Path data) throws Exception {
        Path folder = data.resolve("fashion-products");
        Files.createDirectories(folder.resolve("images"));
        StringBuilder csv = new StringBuilder("id,gender,masterCategory,subCategory,articleType,baseColour,season,year,usage\n");
        String[] subs = {"Bags", "Shoes", "Watches", "Ties"};
        Color[] colours = {Color.RED, Color.BLUE, Color.DARK_GRAY, Color.GREEN};
        int id = 1000;
        for (int s = 0; s < subs.length; s++) {
            int n = s == 3 ? 3 : 12; // Ties has too few photos and must be left out
            for (int i = 0; i < n; i++, id++) {
                csv.append(id).append(",Men,Accessories,").append(subs[s]).append(",x,Red,Summer,2012,Casual\n");
                Files.write(folder.resolve("images").resolve(id + ".jpg"),
                        TestImages.encode(TestImages.product(40 + i, 40, colours[s], s == 1), "jpg"));
            }
        }
        csv.append("9999,Men,Apparel,Bags,x,Red,Summer,2012,Casual\n"); // no image file: skipped
        Files.writeString(folder.resolve("styles.csv"), csv);
        VisionTrainer.Settings training = VisionTrainer.Settings.defaults()
                .withInputSize(16).withNetwork(List.of(4, 8), 16).withEpochs(1).withTimeBudget(Duration.ZERO);
        VisionBenchmark benchmark = new VisionBenchmark(
                new VisionBenchmark.Settings(10, 0.25, 42, Integer.MAX_VALUE, training, 300, 20, 500, 20));
        BenchReport report = new BenchReport("vision");

        benchmark.run(data, report);

        Set<String> metrics = report.rows().stream().filter(r -> r.dataset().equals("fashion-products"))
                .map(BenchReport.Row::metric).collect(Collectors.toSet());
        assertEquals(Set.of("accuracy", "macro-f1", "top3-accuracy", "precision@10", "train_s", "query_p50_ms", "query_p99_ms"), metrics);
        for (String quality : List.of("accuracy", "macro-f1", "top3-accuracy", "precision@10")) {
            double v = report.value("fashion-products", "cnn-16", quality).orElseThrow();
            assertTrue(v >= 0 && v <= 1, quality + " = " + v);
        }
        // 3 kept classes: the true one is always in the top 3
        assertEquals(1.0, report.value("fashion-products", "cnn-16", "top3-accuracy").orElseThrow(), 1e-12);
        assertTrue(report.value("synthetic-500", "hnsw-m16-beam100", "query_p50_ms").orElseThrow() > 0);
        assertTrue(report.value("synthetic-500", "hnsw-m16-beam100", "build_s").isPresent());
        assertTrue(report.value("synthetic-500", "exact", "query_p99_ms").orElseThrow() > 0);
    }
}
