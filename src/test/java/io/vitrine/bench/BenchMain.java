package io.vitrine.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Entry point of {@code mvn -Pbench -Dbench=<name> verify}: runs {@code io.vitrine.<name>.eval.<Name>Benchmark}.
 * Each benchmark is a {@link Benchmark}: it fills a {@link BenchReport} that prints the table and writes
 * {@code target/bench/<name>.json} as {@code ../shared/BENCHMARKS.md} fixes it.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || args[0].isBlank()) {
            throw new IllegalArgumentException("usage: BenchMain <recommend|search|vision|chat>");
        }
        String name = args[0].trim().toLowerCase(Locale.ROOT);
        // "vision-real" -> io.vitrine.vision.eval.VisionRealBenchmark: the first part names the feature
        String[] parts = name.split("-");
        StringBuilder simple = new StringBuilder();
        for (String part : parts) {
            simple.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        String className = "io.vitrine." + parts[0] + ".eval." + simple + "Benchmark";
        Benchmark benchmark = (Benchmark) Class.forName(className).getDeclaredConstructor().newInstance();
        Path data = Path.of(System.getProperty("bench.data", "../shared/datasets"));
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        BenchReport report = new BenchReport(name);
        benchmark.run(data, report);
        report.print(System.out);
        report.writeJson(out.resolve(name + ".json"));
    }
}
