package io.vitrine.catalog.importer;

import io.vitrine.catalog.InMemoryCategoryRepository;
import io.vitrine.catalog.InMemoryImageRepository;
import io.vitrine.catalog.InMemoryProductRepository;
import io.vitrine.catalog.InMemorySellerRepository;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.platform.imports.ImportProgress;
import io.vitrine.platform.imports.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shop's own catalogue layout, CSV and JSON lines, photos beside the file, refusals per row. */
class VitrineCatalogImporterTest {

    static final String HEADER = "id,name,name_fr,description,description_fr,category,sub_category,brand,price,currency,stock,attributes,image,source_ref\n";

    @TempDir
    Path dir;

    private final InMemoryProductRepository products = new InMemoryProductRepository();
    private final InMemoryImageRepository images = new InMemoryImageRepository();
    private final VitrineCatalogImporter importer = new VitrineCatalogImporter(products, new InMemoryCategoryRepository(),
            new InMemorySellerRepository(), images);

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Product stored(String id) {
        return products.find(new ProductId(id)).orElseThrow();
    }

    @Test
    void aCsvRowBecomesTheSellersProductWithItsPhoto() throws IOException {
        BufferedImage photo = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(photo, "png", dir.resolve("lamp.png").toFile());
        Path csv = write("catalogue.csv", HEADER
                + "lamp-1,Brass lamp,Lampe en laiton,A lamp,,Home,Lighting,Aubert,39.90,EUR,7,\"{\"\"colour\"\":\"\"gold\"\"}\",lamp.png,\n"
                + "mug-1,Mug,,,,Home,Kitchen,,9,,,,,\n");

        ImportReport report = importer.importCsv(csv, "aubert", ImportProgress.NONE);

        assertEquals(2, report.imported(), report.toString());
        Product lamp = stored("lamp-1");
        assertEquals("aubert", lamp.sellerId());
        assertEquals("Lampe en laiton", lamp.name().fr());
        assertEquals("home", lamp.category());
        assertEquals("lighting", lamp.subCategory());
        assertEquals(3990, lamp.price().cents());
        assertEquals(7, lamp.stock());
        assertEquals("gold", lamp.attribute("colour").orElseThrow());
        assertEquals(1, lamp.imageIds().size(), "the photo next to the file is stored");
        assertEquals(0, stored("mug-1").stock(), "no stock column: nothing to sell yet");
        assertEquals("Mug", stored("mug-1").name().fr(), "one language is used for both");

        ImportReport again = importer.importCsv(csv, "aubert", ImportProgress.NONE);
        assertEquals(2, again.skippedDuplicates(), "the same file again changes nothing: " + again);
    }

    /** A re-import that changes known products revises them as one batch: one announcement, so one index refresh. */
    @Test
    void aReImportRevisesKnownProductsTogetherAndAnnouncesThemOnce() throws IOException {
        List<Object> announced = new java.util.ArrayList<>();
        VitrineCatalogImporter announcing = new VitrineCatalogImporter(new AnnouncingProducts(products, announced::add, announced::add),
                new InMemoryCategoryRepository(), new InMemorySellerRepository(), images);
        announcing.importCsv(write("first.csv", HEADER
                + "a-1,Lamp,,,,Home,Lighting,,10,EUR,5,,,\n"
                + "a-2,Mug,,,,Home,Kitchen,,4,EUR,5,,,\n"
                + "a-3,Bowl,,,,Home,Kitchen,,6,EUR,5,,,\n"), "aubert", ImportProgress.NONE);
        products.takeStock(new ProductId("a-1"), 2);
        announced.clear();

        ImportReport again = announcing.importCsv(write("second.csv", HEADER
                + "a-1,Lamp,,,,Home,Lighting,,12,EUR,5,,,\n"
                + "a-2,Mug,,,,Home,Kitchen,,4,EUR,5,,,\n"
                + "a-3,Big bowl,,,,Home,Kitchen,,6,EUR,5,,,\n"
                + "a-4,Plate,,,,Home,Kitchen,,3,EUR,5,,,\n"), "aubert", ImportProgress.NONE);

        assertEquals(2, again.updated(), again.toString());
        assertEquals(1, again.imported(), again.toString());
        assertEquals(1, again.skippedDuplicates(), "the unchanged mug: " + again);
        assertEquals(List.of(new io.vitrine.catalog.ProductsChanged(List.of(new ProductId("a-4"))),
                new io.vitrine.catalog.ProductsChanged(List.of(new ProductId("a-1"), new ProductId("a-3")))), announced,
                "one announcement for the new products, one for the revised ones, none per product");
        assertEquals(1200, stored("a-1").price().cents());
        assertEquals(3, stored("a-1").stock(), "the stock sold meanwhile is kept");
        assertEquals("Big bowl", stored("a-3").name().en());
    }

    /** Batches indexed on a thread of their own, behind the import: when the import returns, every batch was announced. */
    @Test
    void anImportEndsWithEveryBatchAnnounced() throws IOException {
        List<ProductId> announced = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        VitrineCatalogImporter behind = new VitrineCatalogImporter(new AnnouncingProducts(products, c -> {
        }, batch -> {
            try {
                Thread.sleep(50); // indexing slower than storing: the import runs ahead
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            announced.addAll(batch.products());
        }, r -> new Thread(r, "announcer")), new InMemoryCategoryRepository(), new InMemorySellerRepository(), images);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1_200; i++) {
            csv.append("p-").append(i).append(",Mug ").append(i).append(",,,,Home,Kitchen,,4,EUR,5,,,\n");
        }

        ImportReport report = behind.importCsv(write("many.csv", csv.toString()), "aubert", ImportProgress.NONE);

        assertEquals(1_200, report.imported(), report.toString());
        assertEquals(java.util.stream.IntStream.range(0, 1_200).mapToObj(i -> new ProductId("p-" + i)).toList(), announced,
                "three batches, all announced, in the file's order");
    }

    @Test
    void badRowsAreRejectedWithTheirLineAndReason() throws IOException {
        Path csv = write("bad.csv", HEADER
                + "ok-1,Good,,,,Home,Kitchen,,1.00,EUR,1,,,\n"
                + "bad id!,Name,,,,Home,Kitchen,,1.00,EUR,1,,,\n"
                + "p-2,Name,,,,Home,Kitchen,,-3,EUR,1,,,\n"
                + "p-3,Name,,,,Home,Kitchen,,1.999,EUR,1,,,\n"
                + "p-4,,,,,Home,Kitchen,,1.00,EUR,1,,,\n"
                + "p-5,Name,,,,Home,Kitchen,,1.00,euro,1,,,\n"
                + "p-6,Name,,,,Home,Kitchen,,1.00,EUR,lots,,,\n"
                + "p-7,Name,,,,Home,Kitchen,,1.00,EUR,1,not json,,\n"
                + "p-8,Name,,,,Home,Kitchen,,1.00,EUR,1,,../../etc/passwd,\n"
                + "ok-1,Again,,,,Home,Kitchen,,1.00,EUR,1,,,\n");

        ImportReport report = importer.importCsv(csv, "aubert", ImportProgress.NONE);

        assertEquals(1, report.imported());
        assertEquals(8, report.rejected(), report.toString());
        assertEquals(1, report.skippedDuplicates());
        List<String> messages = report.errors().stream().map(e -> e.line() + " " + e.message()).toList();
        assertTrue(messages.get(0).startsWith("3 invalid id"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("4 price")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("6 missing name")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("9 attributes")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("10 image")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("11 duplicate of line 2")), messages.toString());
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() throws IOException {
        Path csv = write("other.csv", "sku,title\n1,x\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> importer.importCsv(csv, "aubert", ImportProgress.NONE));
        assertTrue(e.getMessage().contains("lacks the columns"), e.getMessage());
    }

    @Test
    void jsonLinesCarryTheSameFields() throws IOException {
        Path lines = write("catalogue.jsonl", """
                {"id":"tee-1","name":{"en":"Tee","fr":"T-shirt"},"category":"Fashion","subCategory":"Tops","price":12.5,"stock":3,"attributes":{"size":"M"}}

                {"id":"tee-2","name":"Polo","category":"Fashion","subCategory":"Tops","price":"20"}
                not json
                [1,2]
                """);

        ImportReport report = importer.importLines(lines, "aubert", ImportProgress.NONE);

        assertEquals(2, report.imported(), report.toString());
        assertEquals(2, report.rejected());
        assertEquals(List.of(4L, 5L), report.errors().stream().map(ImportReport.RowError::line).toList());
        assertEquals("T-shirt", stored("tee-1").name().fr());
        assertEquals("M", stored("tee-1").attribute("size").orElseThrow());
        assertEquals(2000, stored("tee-2").price().cents());
    }

    @Test
    void anotherSellersProductIsNeverTakenOver() throws IOException {
        Path csv = write("c.csv", HEADER + "shared-1,Lamp,,,,Home,Lighting,,10,EUR,1,,,\n");
        importer.importCsv(csv, "aubert", ImportProgress.NONE);

        ImportReport other = importer.importCsv(csv, "rival", ImportProgress.NONE);

        assertEquals(1, other.rejected());
        assertTrue(other.errors().get(0).message().contains("belongs to seller aubert"), other.toString());
        assertEquals("aubert", stored("shared-1").sellerId());
    }
}
