package io.vitrine.catalog.importer;

import io.vitrine.catalog.Category;
import io.vitrine.catalog.InMemoryCategoryRepository;
import io.vitrine.catalog.InMemoryImageRepository;
import io.vitrine.catalog.InMemoryProductRepository;
import io.vitrine.catalog.InMemorySellerRepository;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.platform.imports.ImportReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FashionCatalogImporterTest {

    private static final String HEADER = "id,gender,masterCategory,subCategory,articleType,baseColour,season,year,usage\n";

    @TempDir
    Path dir;

    private final InMemoryProductRepository products = new InMemoryProductRepository();
    private final InMemoryCategoryRepository categories = new InMemoryCategoryRepository();
    private final InMemorySellerRepository sellers = new InMemorySellerRepository();
    private final InMemoryImageRepository images = new InMemoryImageRepository();
    private FashionCatalogImporter importer;

    @BeforeEach
    void setUp() throws IOException {
        importer = new FashionCatalogImporter(products, categories, sellers, images);
        Files.createDirectories(dir.resolve("images"));
    }

    @Test
    void importsGoodRowsAndReportsBadOnesByLine() throws IOException {
        writeStyles(HEADER
                + "10000,Women,Apparel,Bottomwear,Skirts,White,Summer,2011,Casual\n"   // line 2: good, photo
                + "10003,Men,Apparel,Topwear,Tshirts,Blue,Fall,2011,NA\n"               // line 3: good, no photo
                + "\n"                                                                 // line 4: blank, ignored
                + "10004,Men,Apparel,Topwear\n"                                         // line 5: missing columns
                + "10005,Men,Footwear,,Casual Shoes,Black,Fall,2011,Casual\n"           // line 6: no sub-category
                + "10006,Men,Footwear,Shoes,Casual Shoes,Black,Fall,20x1,Casual\n"      // line 7: bad year
                + "10007,Men,Footwear,Shoes,Casual Shoes,Black,Fall,2012,Casual\n"      // line 8: garbage photo
                + "10008,Women,Accessories,Watches,Watches,Gold,Winter,2016,Formal\n"); // line 9: truncated JPEG
        photo("10000", Color.RED);
        Files.write(dir.resolve("images/10007.jpg"), "not a jpeg at all".getBytes());
        byte[] jpeg = jpeg(Color.BLUE);
        Files.write(dir.resolve("images/10008.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));

        ImportReport report = importer.importFrom(dir, FashionCatalogImporter.Options.forSeller("myntra"));

        assertEquals("fashion", report.kind());
        assertEquals(7, report.rowsRead());
        assertEquals(4, report.imported());
        assertEquals(3, report.rejected());
        assertEquals(List.of(3L, 5L, 6L, 7L, 8L, 9L), report.errors().stream().map(ImportReport.RowError::line).toList(),
                report.errors().toString());
        assertTrue(report.errors().get(0).message().contains("10003.jpg not found"));
        assertTrue(report.errors().get(1).message().startsWith("missing columns"));
        assertTrue(report.errors().get(2).message().contains("missing subCategory"));
        assertTrue(report.errors().get(3).message().contains("bad year"));
        assertTrue(report.errors().get(4).message().contains("10007.jpg"));
        assertTrue(report.errors().get(5).message().contains("damaged"), report.errors().get(5).message());

        Product skirt = products.find(new ProductId("fashion-10000")).orElseThrow();
        assertEquals("White Skirts for Women", skirt.name().en());
        assertEquals(skirt.name().en(), skirt.name().fr());
        assertEquals("apparel", skirt.category());
        assertEquals("bottomwear", skirt.subCategory());
        assertEquals(Money.euros(3499), skirt.price());
        assertEquals(0, skirt.stock(), "reference-priced products are not for sale by default");
        assertEquals("reference", skirt.attribute("priceSource").orElseThrow());
        assertEquals("White", skirt.attribute("colour").orElseThrow());
        assertEquals("Skirts", skirt.attribute("articleType").orElseThrow());
        assertEquals("2011", skirt.attribute("year").orElseThrow());
        assertEquals("fashion:10000", skirt.sourceRef().orElseThrow());
        assertEquals("myntra", skirt.sellerId());
        assertEquals(1, skirt.imageIds().size());
        assertEquals(224, images.find(skirt.imageIds().get(0)).orElseThrow().width());
        assertTrue(products.find(new ProductId("fashion-10003")).orElseThrow().attribute("usage").isEmpty(), "NA is no usage");
        assertTrue(products.find(new ProductId("fashion-10007")).orElseThrow().imageIds().isEmpty());

        assertTrue(sellers.find("myntra").isPresent());
        Category apparel = categories.find("apparel").orElseThrow();
        assertEquals("Vêtements", apparel.name().fr());
        assertEquals("Hauts", apparel.subCategory("topwear").orElseThrow().name().fr());
        assertEquals(3, categories.findAll().size());
    }

    @Test
    void reimportingTheSameFileChangesNothing() throws IOException {
        writeStyles(HEADER + "10000,Women,Apparel,Bottomwear,Skirts,White,Summer,2011,Casual\n"
                + "10001,Men,Apparel,Topwear,Shirts,Blue,Fall,2012,Formal\n");
        photo("10000", Color.RED);
        photo("10001", Color.GREEN);
        importer.importFrom(dir, FashionCatalogImporter.Options.forSeller("myntra"));
        int writes = products.writes();

        ImportReport again = importer.importFrom(dir.resolve("styles.csv"), FashionCatalogImporter.Options.forSeller("myntra"));

        assertEquals(2, again.rowsRead());
        assertEquals(0, again.imported());
        assertEquals(0, again.updated());
        assertEquals(2, again.skippedDuplicates());
        assertEquals(2, products.count());
        assertEquals(2, images.count());
        assertEquals(writes, products.writes(), "an unchanged file writes nothing");
    }

    @Test
    void reimportUpdatesChangedRowsAndKeepsStock() throws IOException {
        writeStyles(HEADER + "10000,Women,Apparel,Bottomwear,Skirts,White,Summer,2011,Casual\n");
        importer.importFrom(dir, new FashionCatalogImporter.Options("myntra", "Myntra", 5));
        Product sold = products.find(new ProductId("fashion-10000")).orElseThrow();
        sold.reserve(2);
        products.save(sold);

        writeStyles(HEADER + "10000,Women,Apparel,Bottomwear,Skirts,Black,Summer,2011,Casual\n");
        ImportReport report = importer.importFrom(dir, new FashionCatalogImporter.Options("myntra", "Myntra", 5));

        assertEquals(1, report.updated());
        Product updated = products.find(new ProductId("fashion-10000")).orElseThrow();
        assertEquals("Black", updated.attribute("colour").orElseThrow());
        assertEquals(3, updated.stock(), "inventory is the shop's, not the file's");
        assertEquals(1, products.count());
    }

    @Test
    void neverTakesOverAnotherSellersProduct() throws IOException {
        writeStyles(HEADER + "10000,Women,Apparel,Bottomwear,Skirts,White,Summer,2011,Casual\n");
        importer.importFrom(dir, FashionCatalogImporter.Options.forSeller("myntra"));

        ImportReport report = importer.importFrom(dir, FashionCatalogImporter.Options.forSeller("other-shop"));

        assertEquals(1, report.rejected());
        assertTrue(report.errors().stream().anyMatch(e -> e.line() == 2 && e.message().contains("belongs to seller myntra")),
                report.errors().toString());
        assertEquals("myntra", products.find(new ProductId("fashion-10000")).orElseThrow().sellerId());
    }

    @Test
    void repeatedIdInTheFileIsASkippedDuplicate() throws IOException {
        writeStyles(HEADER + "10000,Women,Apparel,Bottomwear,Skirts,White,Summer,2011,Casual\n"
                + "10000,Women,Apparel,Bottomwear,Skirts,Red,Summer,2011,Casual\n");

        ImportReport report = importer.importFrom(dir, FashionCatalogImporter.Options.forSeller("myntra"));

        assertEquals(1, report.imported());
        assertEquals(1, report.skippedDuplicates());
        assertTrue(report.errors().stream().anyMatch(e -> e.line() == 3 && e.message().startsWith("duplicate of line 2")),
                report.errors().toString());
        assertEquals("White", products.find(new ProductId("fashion-10000")).orElseThrow().attribute("colour").orElseThrow());
    }

    @Test
    void fullKaggleLayoutKeepsCommasOfTheDisplayName() throws IOException {
        writeStyles(HEADER.strip() + ",productDisplayName\n"
                + "10000,Women,Apparel,Bottomwear,Skirts,White,Summer,2011,Casual,Puma Women, White Skirt\n");

        ImportReport report = importer.importFrom(dir, FashionCatalogImporter.Options.forSeller("myntra"));

        assertEquals(1, report.imported(), report.errors().toString());
        assertEquals("Puma Women, White Skirt", products.find(new ProductId("fashion-10000")).orElseThrow().name().en());
    }

    @Test
    void sameSubCategoryLabelUnderAnotherCategoryGetsItsOwnId() {
        CategoryTree tree = new CategoryTree(categories);
        assertEquals("accessories", tree.place("Accessories", "Accessories").subCategory());
        assertEquals("footwear-accessories", tree.place("Footwear", "Accessories").subCategory());
        assertEquals("footwear-accessories", new CategoryTree(categories).place("Footwear", "Accessories").subCategory());
        assertEquals(2, categories.findAll().size());
    }

    @Test
    void refusesPhotosOfAbsurdSize() throws IOException {
        writeStyles(HEADER + "10000,Women,Apparel,Bottomwear,Skirts,White,Summer,2011,Casual\n");
        ByteArrayOutputStream tiny = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", tiny);
        Files.write(dir.resolve("images/10000.jpg"), tiny.toByteArray());

        ImportReport report = importer.importFrom(dir, FashionCatalogImporter.Options.forSeller("myntra"));

        assertEquals(1, report.imported());
        assertTrue(report.errors().get(0).message().contains("is 8x8"), report.errors().toString());
        assertEquals(0, images.count());
    }

    private void writeStyles(String content) throws IOException {
        Files.writeString(dir.resolve("styles.csv"), content);
    }

    private void photo(String id, Color colour) throws IOException {
        Files.write(dir.resolve("images/" + id + ".jpg"), jpeg(colour));
    }

    static byte[] jpeg(Color colour) throws IOException {
        BufferedImage image = new BufferedImage(224, 224, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 224, 224);
        g.setColor(Color.WHITE);
        g.fillOval(40, 40, 120, 150);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
