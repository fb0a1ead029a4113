package io.vitrine.experiments.eval;

import io.vitrine.bench.BenchReport;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulation's protocol on a tiny made-up shop (few runs), so a broken benchmark fails in CI. */
class ExperimentsBenchmarkSmokeTest {

    @Test
    void simulatesATinyShop() {
        // 60 users in 6 groups of 6 items; each user's training part holds the shared p0..p2 and their group's items but
        // one, which they want next (with p3, that nobody saw): the cosine ranker finds it, popularity mostly does not
        List<List<String>> sequences = new ArrayList<>();
        for (int u = 0; u < 60; u++) {
            int group = u % 6;
            int left = (u / 6) % 6;
            List<String> s = new ArrayList<>(List.of("p0", "p1", "p2"));
            for (int i = 0; i < 6; i++) {
                if (i != left) {
                    s.add("g" + group + "-" + i);
                }
            }
            s.add("g" + group + "-" + left);
            s.add("p3");
            sequences.add(s);
        }
        int runs = ExperimentsBenchmark.RUNS;
        int max = ExperimentsBenchmark.MAX_VISITORS;
        ExperimentsBenchmark.RUNS = 4;
        ExperimentsBenchmark.MAX_VISITORS = 3000;
        try {
            BenchReport report = new BenchReport("experiments");
            ExperimentsBenchmark.simulate("tiny", sequences, report);
            double a = report.value("tiny", "popularity", "true-ctr").orElseThrow();
            double b = report.value("tiny", "item-cosine", "true-ctr").orElseThrow();
            assertTrue(b > a, "the cosine ranker finds each group's items, popularity does not: " + a + " vs " + b);
            assertEquals(1.0, report.value("tiny", "ab", "correct-winner-rate").orElseThrow(), 1e-12);
            assertEquals(1.0, report.value("tiny", "interleaving", "correct-winner-rate").orElseThrow(), 1e-12);
            assertTrue(report.value("tiny", "interleaving", "visitors-to-decision").orElseThrow() > 0);
        } finally {
            ExperimentsBenchmark.RUNS = runs;
            ExperimentsBenchmark.MAX_VISITORS = max;
        }
    }
}
