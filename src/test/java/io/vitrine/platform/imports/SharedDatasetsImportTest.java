package io.vitrine.platform.imports;

import io.vitrine.catalog.InMemoryCategoryRepository;
import io.vitrine.catalog.InMemoryImageRepository;
import io.vitrine.catalog.InMemoryProductRepository;
import io.vitrine.catalog.InMemorySellerRepository;
import io.vitrine.catalog.importer.FashionCatalogImporter;
import io.vitrine.catalog.importer.FlipkartCatalogImporter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Imports the whole shared Flipkart and fashion samples ({@code ../shared/datasets}, skipped when absent) into the
 * in-memory repositories, twice, and prints the import speed; the smoke version of
 * {@code mvn -Pbench -Dbench=imports verify}. No database is involved: the speed is the importers' own cost.
 */
class SharedDatasetsImportTest {

    private static final Path DATA = Path.of("..", "shared", "datasets");

    private final InMemoryProductRepository products = new InMemoryProductRepository();
    private final InMemoryCategoryRepository categories = new InMemoryCategoryRepository();
    private final InMemorySellerRepository sellers = new InMemorySellerRepository();
    private final InMemoryImageRepository images = new InMemoryImageRepository();

    @Test
    void flipkartSample() throws IOException {
        Path csv = DATA.resolve("flipkart-1050/flipkart_com-ecommerce_sample_1050.csv");
        assumeTrue(Files.isRegularFile(csv), "shared Flipkart sample not present");
        FlipkartCatalogImporter importer = new FlipkartCatalogImporter(products, categories, sellers);

        ImportReport report = importer.importFrom(csv, FlipkartCatalogImporter.Options.forSeller("flipkart"));
        print(report);

        assertEquals(1050, report.rowsRead());
        assertEquals(report.rowsRead(), report.imported() + report.rejected() + report.skippedDuplicates());
        assertTrue(report.imported() >= 1040, report.errors().toString());
        assertEquals(report.imported(), products.count());
        ImportReport again = importer.importFrom(csv, FlipkartCatalogImporter.Options.forSeller("flipkart"));
        print(again);
        assertEquals(report.imported(), again.skippedDuplicates());
        assertEquals(report.imported(), products.count());
    }

    @Test
    void fashionSample() throws IOException {
        Path folder = DATA.resolve("fashion-products");
        assumeTrue(Files.isRegularFile(folder.resolve("styles.csv")), "shared fashion sample not present");
        FashionCatalogImporter importer = new FashionCatalogImporter(products, categories, sellers, images);

        ImportReport report = importer.importFrom(folder, FashionCatalogImporter.Options.forSeller("myntra"));
        print(report);

        assertEquals(7667, report.rowsRead());
        assertEquals(7667, report.imported(), report.errors().toString());
        assertTrue(images.count() > 7000, "every product has its photo, a few are identical: " + images.count());
        ImportReport again = importer.importFrom(folder, FashionCatalogImporter.Options.forSeller("myntra"));
        print(again);
        assertEquals(7667, again.skippedDuplicates());
        assertEquals(7667, products.count());
    }

    private static void print(ImportReport r) {
        System.out.printf("import %s: %d rows in %d ms = %.0f rows/s (new %d, updated %d, unchanged %d, rejected %d)%n",
                r.kind(), r.rowsRead(), r.elapsedMillis(), r.rowsPerSecond(), r.imported(), r.updated(),
                r.skippedDuplicates(), r.rejected());
        r.errors().stream().limit(10).forEach(e -> System.out.println("  line " + e.line() + ": " + e.message()));
    }
}
