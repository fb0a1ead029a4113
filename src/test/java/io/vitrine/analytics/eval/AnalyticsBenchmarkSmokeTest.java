package io.vitrine.analytics.eval;

import io.vitrine.bench.BenchReport;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analytics benchmark at a toy size, so a broken benchmark is noticed by the normal build. */
class AnalyticsBenchmarkSmokeTest {

    @Test
    void runsAndReportsEveryFigure() {
        BenchReport report = new BenchReport("analytics");
        new AnalyticsBenchmark(2_000, 2, 5).run(Path.of("."), report);
        String dataset = "generated-2000-events";
        assertTrue(report.value(dataset, "rollup-embedded", "rollup_s").orElseThrow() > 0);
        assertTrue(report.value(dataset, "rollup-embedded", "events_total").orElseThrow() >= 2_000 + 2 * 200);
        for (String model : new String[]{"seller-7d", "seller-30d", "seller-90d"}) {
            double p95 = report.value(dataset, model, "page_p95_ms").orElseThrow();
            assertTrue(p95 > 0 && p95 < 10_000, model + " " + p95);
        }
        assertEquals(3 * 4 + 2 + 2, report.rows().size());
    }

    @Test
    void percentileIsTheNearestRank() {
        double[] v = {5, 1, 4, 2, 3};
        assertEquals(3.0, AnalyticsBenchmark.percentile(v, 0.5));
        assertEquals(5.0, AnalyticsBenchmark.percentile(v, 0.95));
        assertEquals(1.0, AnalyticsBenchmark.percentile(v, 0.01));
    }
}
