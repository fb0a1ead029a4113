package io.vitrine.search.eval;

import io.vitrine.bench.BenchReport;
import io.vitrine.catalog.ProductId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's protocol on a six-line CSV in the Flipkart layout, so a broken benchmark fails in CI. */
class SearchBenchmarkSmokeTest {

    private static final String HEADER = "uniq_id,crawl_timestamp,product_url,product_name,product_category_tree,pid,"
            + "retail_price,discounted_price,image,is_FK_Advantage_product,description,product_rating,overall_rating,brand,"
            + "product_specifications";

    private static String row(String id, String name, String tree, String price, String rating, String brand, String colour) {
        return String.join(",", id, "2016-04-30 03:22:56 +0000", "http://x", "\"" + name + "\"",
                "\"[\"\"" + tree + "\"\"]\"", "PID" + id, price, price, "x.jpg", "False", "\"Key Features of " + name + "\"",
                rating, rating, brand, "\"{\"\"product_specification\"\"=>[{\"\"key\"\"=>\"\"Color\"\", \"\"value\"\"=>\"\"" + colour + "\"\"}]}\"");
    }

    @Test
    void runsTheProtocolOnATinyCatalogue(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("flipkart-1050").resolve(FlipkartCatalog.FILE);
        Files.createDirectories(csv.getParent());
        Files.write(csv, List.of(HEADER,
                row("a1", "Sathiyas Cotton Bath Towel", "Baby Care >> Baby Bath & Skin >> Baby Bath Towels", "449.0", "No rating available", "Sathiyas", "Red"),
                row("a2", "Eurospa Cotton Terry Face Towel Set", "Baby Care >> Baby Bath & Skin >> Baby Bath Towels", "299.0", "4", "Eurospa", "White"),
                row("a3", "Dongli Striped Baby Boy's Polo Neck T-Shirt", "Baby Care >> Infant Wear >> Baby Boys' Clothes", "399.0", "5", "Dongli", "Blue"),
                row("a4", "dongli Striped Baby Boy's Polo Neck T-Shirt", "Baby Care >> Infant Wear >> Baby Boys' Clothes", "379.0", "No rating available", "dongli", "Blue"),
                row("a5", "Printland PMR1336 Ceramic Mug", "Kitchen & Dining >> Coffee Mugs >> Printland Coffee Mugs", "299.0", "3", "Printland", "White"),
                row("a6", "Sonata Gold Plated Analog Watch  - For Men", "Watches >> Wrist Watches >> Sonata Wrist Watches", "1999.0", "No rating available", "", "Gold")),
                StandardCharsets.UTF_8);

        FlipkartCatalog catalog = FlipkartCatalog.read(csv);
        assertEquals(6, catalog.products().size());
        List<JudgedQueries.Judged> exact = JudgedQueries.exact(catalog.products());
        assertEquals(5, exact.size()); // the two Dongli names differ only in case: one query, both relevant
        assertEquals(2, exact.stream().filter(j -> j.query().contains("Dongli")).findFirst().orElseThrow().relevant().size());
        assertEquals(JudgedQueries.typos(catalog.products()), JudgedQueries.typos(catalog.products())); // deterministic

        BenchReport report = new BenchReport("search");
        new SearchBenchmark().run(dir, report, 2_000, 20, 100);
        for (String dataset : List.of("flipkart-exact", "flipkart-typo", "flipkart-brand-category", "flipkart-partial")) {
            double mrr = report.value(dataset, SearchBenchmark.MODEL, "mrr").orElseThrow();
            assertTrue(mrr >= 0 && mrr <= 1, dataset + " " + mrr);
        }
        assertEquals(1.0, report.value("flipkart-exact", SearchBenchmark.MODEL, "mrr").orElseThrow(), 1e-9);
        assertTrue(report.value("generated-2000", SearchBenchmark.MODEL, "p99_ms").orElseThrow() > 0);
        report.writeJson(dir.resolve("search.json"));
        assertTrue(Files.readString(dir.resolve("search.json")).contains("\"metric\": \"ndcg@10\""));
    }

    @Test
    void metricsMatchHandComputedValues() {
        ProductId a = new ProductId("a");
        ProductId b = new ProductId("b");
        ProductId c = new ProductId("c");
        assertEquals(0.5, RankingMetrics.reciprocalRank(List.of(c, a, b), Set.of(a, b), 10), 1e-12);
        // relevant at ranks 2 and 3: (1/log2(3) + 1/log2(4)) / (1 + 1/log2(3))
        double expected = (1 / (Math.log(3) / Math.log(2)) + 0.5) / (1 + 1 / (Math.log(3) / Math.log(2)));
        assertEquals(expected, RankingMetrics.ndcg(List.of(c, a, b), Set.of(a, b), 10), 1e-12);
        assertEquals(0, RankingMetrics.reciprocalRank(List.of(c), Set.of(a), 10));
        assertEquals(99.0, SearchBenchmark.percentile(IntStream.rangeClosed(1, 100).asDoubleStream().toArray(), 99));
    }
}
