package io.vitrine.imports.eval;

import io.vitrine.catalog.InMemoryCategoryRepository;
import io.vitrine.catalog.InMemoryProductRepository;
import io.vitrine.catalog.InMemorySellerRepository;
import io.vitrine.catalog.importer.FlipkartCatalogImporter;
import io.vitrine.platform.imports.ImportReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Smoke version of the imports-scale benchmark: a file repeating the sample imports as that many new products. */
class ImportsScaleBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void aRepeatedSampleIsThatManyNewProducts() throws Exception {
        Path sample = Path.of("../shared/datasets/flipkart-1050/flipkart_com-ecommerce_sample_1050.csv");
        Assumptions.assumeTrue(Files.isRegularFile(sample), "shared datasets not present");
        Path file = dir.resolve("flipkart-2500.csv");

        ImportsScaleBenchmark.repeated(sample, 2_500, file, "");
        InMemoryProductRepository products = new InMemoryProductRepository();
        ImportReport report = new FlipkartCatalogImporter(products, new InMemoryCategoryRepository(), new InMemorySellerRepository())
                .importFrom(file, FlipkartCatalogImporter.Options.forSeller("bench"));

        assertEquals(2_500, report.rowsRead());
        assertEquals(0, report.skippedDuplicates(), "every repetition has new ids");
        assertEquals(2_500 - report.rejected(), products.count());
    }
}
