package io.vitrine.catalog.importer;

import io.vitrine.catalog.InMemoryCategoryRepository;
import io.vitrine.catalog.InMemoryProductRepository;
import io.vitrine.catalog.InMemorySellerRepository;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.platform.imports.ImportReport;
import io.vitrine.platform.imports.ImportTally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlipkartCatalogImporterTest {

    private static final String HEADER = "uniq_id,crawl_timestamp,product_url,product_name,product_category_tree,pid,"
            + "retail_price,discounted_price,image,is_FK_Advantage_product,description,product_rating,overall_rating,"
            + "brand,product_specifications\n";
    private static final String CURTAIN = "55b85ea15a1536d46b7190ad6fff8ce7,2016-04-30 03:22:56 +0000,"
            + "http://www.flipkart.com/curtain/p/itm1,Elegance Polyester Door Curtain,"
            + "\"[\"\"Home Furnishing >> Curtains & Accessories >> Curtains >> Elegance Polyester...\"\"]\",CRNEG7BK,"
            + "1899.0,899.0,\"[\"\"http://img5a.flixcart.com/image/curtain-1.jpeg\"\", \"\"http://img5a.flixcart.com/image/curtain-2.jpeg\"\"]\","
            + "False,\"Key Features of Elegance\nA curtain on two lines\",No rating available,No rating available,Elegance,"
            + "\"{\"\"product_specification\"\"=>[{\"\"key\"\"=>\"\"Brand\"\", \"\"value\"\"=>\"\"Elegance\"\"}, "
            + "{\"\"key\"\"=>\"\"Color\"\", \"\"value\"\"=>\"\"Multicolor\"\"}, {\"\"key\"\"=>\"\"Model No.\"\", \"\"value\"\"=>\"\"Duster25\"\"}, "
            + "{\"\"key\"\"=>\"\"Ideal For\"\", \"\"value\"\"=>\"\"Women\"\"}, {\"\"value\"\"=>\"\"orphan value\"\"}]}\"\n";
    private static final String WATCH = "7b72c92c2f6c40268628ec5f14c6d590,2016-04-30 03:22:56 +0000,http://x/w,"
            + "Maserati Time R8851116001 Analog Watch,\"[\"\"Watches >> Wrist Watches >> Maserati Time Wrist Watches\"\"]\","
            + "WATE,,4999.0,7b72c92c2f6c40268628ec5f14c6d590.jpg,False,A watch,4,4,,"
            + "\"{\"\"product_specification\"\"=>{\"\"key\"\"=>\"\"Brand\"\", \"\"value\"\"=>\"\"Maserati\"\"}}\"\n";

    @TempDir
    Path dir;

    private final InMemoryProductRepository products = new InMemoryProductRepository();
    private final InMemoryCategoryRepository categories = new InMemoryCategoryRepository();
    private final InMemorySellerRepository sellers = new InMemorySellerRepository();
    private final FlipkartCatalogImporter importer = new FlipkartCatalogImporter(products, categories, sellers);

    @Test
    void importsProductsWithConvertedPricesAndSpecificationAttributes() throws IOException {
        Path csv = write(HEADER + CURTAIN + WATCH);

        ImportReport report = importer.importFrom(csv, FlipkartCatalogImporter.Options.forSeller("flipkart"));

        assertEquals(2, report.rowsRead());
        assertEquals(2, report.imported(), report.errors().toString());
        Product curtain = products.find(new ProductId("flipkart-55b85ea15a1536d46b7190ad6fff8ce7")).orElseThrow();
        assertEquals("Elegance Polyester Door Curtain", curtain.name().en());
        assertEquals("home-furnishing", curtain.category());
        assertEquals("curtains-and-accessories", curtain.subCategory());
        assertEquals(Money.euros(999), curtain.price(), "899 INR at 90 INR/EUR");
        assertEquals("21.10", curtain.attribute("listPrice").orElseThrow());
        assertEquals("899.00 INR", curtain.attribute("sourcePrice").orElseThrow());
        assertEquals(10, curtain.stock());
        assertEquals("Elegance", curtain.brand().orElseThrow());
        assertEquals("Multicolor", curtain.attribute("colour").orElseThrow());
        assertEquals("Women", curtain.attribute("gender").orElseThrow());
        assertEquals("Duster25", curtain.attribute("modelNo").orElseThrow());
        assertTrue(curtain.attribute("brand").isEmpty());
        assertEquals("http://img5a.flixcart.com/image/curtain-1.jpeg", curtain.attribute("imageUrl").orElseThrow());
        assertTrue(curtain.imageIds().isEmpty(), "remote images are not downloaded");
        assertTrue(curtain.description().en().contains("\n"));
        assertTrue(curtain.attribute("sourceRating").isEmpty());
        assertEquals("Linge de maison", categories.find("home-furnishing").orElseThrow().name().fr());

        Product watch = products.find(new ProductId("flipkart-7b72c92c2f6c40268628ec5f14c6d590")).orElseThrow();
        assertEquals(Money.euros(5554), watch.price(), "no discounted price: the retail price sells");
        assertEquals("Maserati", watch.brand().orElseThrow(), "brand taken from the specifications");
        assertEquals("4", watch.attribute("sourceRating").orElseThrow());
        assertEquals("7b72c92c2f6c40268628ec5f14c6d590.jpg", watch.attribute("imageFile").orElseThrow());
        assertEquals("flipkart:7b72c92c2f6c40268628ec5f14c6d590", watch.sourceRef().orElseThrow());
    }

    @Test
    void badRowsAreReportedWithTheirLineAndTheRestIsImported() throws IOException {
        String bad = HEADER
                + CURTAIN                                                                         // lines 2-3
                + "a1,t,u,One Level,\"[\"\"Watches\"\"]\",p,10,5,i,False,d,4,4,b,\n"              // line 4
                + "a2,t,u,Bad Price,\"[\"\"Watches >> Wrist\"\"]\",p,ten,5,i,False,d,4,4,b,\n"    // line 5
                + "a3,t,u,Short Row\n"                                                            // line 6
                + "a4,t,u,,\"[\"\"Watches >> Wrist\"\"]\",p,10,5,i,False,d,4,4,b,\n"              // line 7
                + "a5,t,u,No Price,\"[\"\"Watches >> Wrist\"\"]\",p,,,i,False,d,4,4,b,\n"         // line 8
                + "a6,t,u,Odd Rating,Watches >> Wrist,p,10,-5,i,False,d,9,9,b,\n"                 // line 9
                + WATCH;                                                                          // line 10

        ImportReport report = importer.importFrom(write(bad), FlipkartCatalogImporter.Options.forSeller("flipkart"));

        assertEquals(8, report.rowsRead());
        assertEquals(2, report.imported());
        assertEquals(6, report.rejected());
        Map<Long, String> errors = new java.util.TreeMap<>();
        report.errors().forEach(e -> errors.put(e.line(), e.message()));
        assertEquals(List.of(4L, 5L, 6L, 7L, 8L, 9L), List.copyOf(errors.keySet()), report.errors().toString());
        assertTrue(errors.get(4L).startsWith("unknown category tree format"));
        assertTrue(errors.get(5L).startsWith("bad retail_price 'ten'"));
        assertTrue(errors.get(6L).startsWith("missing columns"));
        assertTrue(errors.get(7L).startsWith("missing product_name"));
        assertTrue(errors.get(8L).startsWith("no price"));
        assertTrue(errors.get(9L).startsWith("negative discounted_price"));
    }

    @Test
    void reimportIsIdempotentAndUpdatesWhatChanged() throws IOException {
        Path csv = write(HEADER + CURTAIN + WATCH);
        importer.importFrom(csv, FlipkartCatalogImporter.Options.forSeller("flipkart"));
        int writes = products.writes();

        ImportReport same = importer.importFrom(csv, FlipkartCatalogImporter.Options.forSeller("flipkart"));
        assertEquals(0, same.imported());
        assertEquals(2, same.skippedDuplicates());
        assertEquals(writes, products.writes());

        ImportReport changed = importer.importFrom(write(HEADER + CURTAIN + WATCH.replace("4999.0", "5999.0")),
                FlipkartCatalogImporter.Options.forSeller("flipkart"));
        assertEquals(1, changed.updated());
        assertEquals(1, changed.skippedDuplicates());
        assertEquals(2, products.count());
        assertEquals(Money.euros(6666), products.find(new ProductId("flipkart-7b72c92c2f6c40268628ec5f14c6d590")).orElseThrow().price());
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() throws IOException {
        Path csv = write("id,name\n1,x\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> importer.importFrom(csv, FlipkartCatalogImporter.Options.forSeller("flipkart")));
        assertTrue(e.getMessage().contains("uniq_id"));
    }

    @Test
    void specificationKeysBecomeSafeCamelCase() {
        assertEquals("modelNo", FlipkartCatalogImporter.attributeKey("Model No."));
        assertEquals("numberOfContentsInSalesPackage", FlipkartCatalogImporter.attributeKey("Number of Contents in Sales Package"));
        assertEquals("colour", FlipkartCatalogImporter.attributeKey("Color"));
        assertEquals(Map.of(), FlipkartCatalogImporter.specifications("{\"product_specification\"=>nil}", 2, new ImportTally("t")));
        assertEquals(List.of("Baby Care", "Infant Wear"),
                FlipkartCatalogImporter.categoryLevels("[\"Baby Care >> Infant Wear\"]"));
    }

    private Path write(String content) throws IOException {
        Path csv = dir.resolve("products.csv");
        Files.writeString(csv, content);
        return csv;
    }

    /**
     * A long specification value is read in constant stack: on a 128 KB thread stack the old pattern (one recursion a
     * character) overflowed on 40,000 characters; escapes inside the value are still read.
     */
    @Test
    void aLongSpecificationNeedsNoDeepStack() throws InterruptedException {
        String longValue = "\\\"quoted\\\" " + "x".repeat(40_000);
        String text = "{\"product_specification\"=>[{\"key\"=>\"Care\", \"value\"=>\"" + longValue + "\"}]}";
        java.util.concurrent.atomic.AtomicReference<Object> outcome = new java.util.concurrent.atomic.AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                outcome.set(FlipkartCatalogImporter.specifications(text, 2, new ImportTally("t")));
            } catch (Throwable t) {
                outcome.set(t);
            }
        }, "small-stack", 128 * 1024);
        small.start();
        small.join();

        assertTrue(outcome.get() instanceof Map, "no stack overflow: " + outcome.get());
        String care = ((Map<?, ?>) outcome.get()).get("care").toString();
        assertTrue(care.startsWith("\"quoted\" xxx"), care.substring(0, 20));
        assertEquals(500, care.length(), "kept to the longest attribute value");
    }
}
