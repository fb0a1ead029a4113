package io.vitrine.recommend.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrine.bench.BenchReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole benchmark on tiny synthetic files in the two data sets' formats, so a broken benchmark fails CI without ../shared. */
class RecommendBenchmarkSmokeTest {

    @TempDir
    Path data;

    @Test
    void producesEveryRowOnBothDataSets() throws Exception {
        writeSyntheticData();
        BenchReport report = new BenchReport("recommend");
        new RecommendBenchmark().run(data, report);

        Set<String> models = report.rows().stream().filter(r -> r.dataset().equals(RecommendBenchmark.ML))
                .map(BenchReport.Row::model).collect(Collectors.toSet());
        assertEquals(Set.of("popularity", "ease", "ials", "item-knn", "session-transitions", "bought-together",
                "content-tfidf", "blend", "spark-als"), models);
        for (String dataset : List.of(RecommendBenchmark.ML, RecommendBenchmark.BEAUTY)) {
            for (String metric : List.of("ndcg@10", "precision@10", "recall@10", "map@10", "hr@10", "coverage")) {
                double v = report.value(dataset, "blend", metric).orElseThrow();
                assertTrue(v >= 0 && v <= 1, dataset + " " + metric + " = " + v);
            }
            assertTrue(report.value(dataset, "blend", "train_s").orElseThrow() >= 0);
        }
        // the groups are easy: the blend must find them on the sequence data
        assertTrue(report.value(RecommendBenchmark.BEAUTY, "blend", "hr@10").orElseThrow() > 0.3);
        Path json = data.resolve("out/recommend.json");
        report.writeJson(json);
        assertTrue(Files.readString(json).contains("\"dataset\": \"amazon-beauty\", \"model\": \"blend\", \"metric\": \"hr@10\""));
    }

    /**
     * 60 users in 3 taste groups of 20 items each; each user rates 12 random items of its group (ML-100K format)
     * or walks 8 consecutive items of its group in a cycle (Beauty format).
     */
    private void writeSyntheticData() throws Exception {
        Random random = new Random(1);
        List<String> ratings = new ArrayList<>();
        List<String> sequences = new ArrayList<>();
        for (int u = 1; u <= 60; u++) {
            int group = u % 3;
            List<Integer> items = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                items.add(group * 20 + i);
            }
            java.util.Collections.shuffle(items, random);
            for (int k = 0; k < 12; k++) {
                ratings.add(u + "\t" + items.get(k) + "\t" + (1 + random.nextInt(5)) + "\t" + (880_000_000L + u * 1000L + k));
            }
            StringBuilder line = new StringBuilder(String.valueOf(u));
            int start = random.nextInt(20);
            for (int k = 0; k < 8; k++) {
                line.append(' ').append(group * 20 + 1 + (start + k) % 20);
            }
            sequences.add(line.toString());
        }
        List<String> movies = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            String genres = i <= 20 ? "0|1|0" : i <= 40 ? "0|0|1" : "1|0|0";
            movies.add(i + "|Movie " + i + " (1995)|01-Jan-1995||http://x|" + genres + "|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0");
        }
        Files.createDirectories(data.resolve("ml-100k"));
        Files.createDirectories(data.resolve("amazon-beauty"));
        Files.write(data.resolve("ml-100k/u.data"), ratings);
        Files.write(data.resolve("ml-100k/u.item"), movies);
        Files.write(data.resolve("amazon-beauty/Beauty.txt"), sequences);
    }
}
