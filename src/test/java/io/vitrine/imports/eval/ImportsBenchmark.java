package io.vitrine.imports.eval;

import io.vitrine.bench.BenchReport;
import io.vitrine.bench.Benchmark;
import io.vitrine.catalog.InMemoryCategoryRepository;
import io.vitrine.catalog.InMemoryImageRepository;
import io.vitrine.catalog.InMemoryProductRepository;
import io.vitrine.catalog.InMemorySellerRepository;
import io.vitrine.catalog.importer.FashionCatalogImporter;
import io.vitrine.catalog.importer.FlipkartCatalogImporter;
import io.vitrine.events.InMemoryEventRepository;
import io.vitrine.events.importer.MovieLensImporter;
import io.vitrine.platform.imports.ImportReport;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * Rows per second of each importer on the shared samples, first import and re-import (everything unchanged). Wall
 * time depends on what else runs on the machine, so the CPU time of the importing thread is reported too
 * ({@code cpu_rows_per_s}); the repositories are in memory, so no database cost is included.
 */
public class ImportsBenchmark implements Benchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private interface Import {
        ImportReport run() throws Exception;
    }

    @Override
    public void run(Path data, BenchReport report) throws Exception {
        InMemoryProductRepository products = new InMemoryProductRepository();
        InMemoryCategoryRepository categories = new InMemoryCategoryRepository();
        InMemorySellerRepository sellers = new InMemorySellerRepository();
        FlipkartCatalogImporter flipkart = new FlipkartCatalogImporter(products, categories, sellers);
        Path flipkartCsv = data.resolve("flipkart-1050/flipkart_com-ecommerce_sample_1050.csv");
        measure(report, "flipkart-1050", () -> flipkart.importFrom(flipkartCsv, FlipkartCatalogImporter.Options.forSeller("flipkart")));

        FashionCatalogImporter fashion = new FashionCatalogImporter(products, categories, sellers, new InMemoryImageRepository());
        Path fashionDir = data.resolve("fashion-products");
        measure(report, "fashion-products", () -> fashion.importFrom(fashionDir, FashionCatalogImporter.Options.forSeller("myntra")));

        MovieLensImporter movieLens = MovieLensImporter.withPrefix(new InMemoryEventRepository(), "ml-");
        Path ratings = data.resolve("ml-100k/u.data");
        measure(report, "ml-100k", () -> movieLens.importFrom(ratings));
    }

    private static void measure(BenchReport report, String dataset, Import run) throws Exception {
        for (String model : new String[]{"first-import", "re-import"}) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            ImportReport r = run.run();
            double cpuSeconds = Math.max(1e-9, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
            report.add(dataset, model, "rows", r.rowsRead());
            report.add(dataset, model, "rejected", r.rejected());
            report.add(dataset, model, "elapsed_ms", r.elapsedMillis());
            report.add(dataset, model, "rows_per_s", r.rowsPerSecond());
            report.add(dataset, model, "cpu_rows_per_s", Math.round(r.rowsRead() / cpuSeconds));
        }
    }
}
