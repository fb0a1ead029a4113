package io.vitrine.vision.eval;

import io.vitrine.vision.eval.FashionSplit.Photo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VisionJourneyBenchmarkTest {

    @Test
    void aShopSubCategoryIdMatchesTheDataSetLabelItWasImportedFrom() {
        assertTrue(VisionJourneyBenchmark.same("topwear", "Topwear"));
        assertTrue(VisionJourneyBenchmark.same("flip-flops", "Flip Flops"));
        // the importer prefixes the category when two categories share a sub-category label
        assertTrue(VisionJourneyBenchmark.same("footwear-shoes", "Shoes"));
        assertFalse(VisionJourneyBenchmark.same("flip-flops", "Shoes"));
        assertFalse(VisionJourneyBenchmark.same("sandal", "Sandals"));
        assertFalse(VisionJourneyBenchmark.same("bags", ""));
    }

    @Test
    void theImportedCatalogueHoldsOnlyTheTrainingRowsNextToTheDataSetsImages(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(data.resolve("images"));
        Files.writeString(data.resolve("styles.csv"), """
                id,gender,masterCategory,subCategory
                1,Men,Apparel,Topwear
                2,Women,Apparel,Bottomwear
                3,Men,Footwear,Shoes
                """);
        Path catalogue = VisionJourneyBenchmark.catalogueOf(data,
                List.of(new Photo("1", "Topwear", data.resolve("images/1.jpg")), new Photo("3", "Shoes", data.resolve("images/3.jpg"))),
                dir.resolve("catalogue"));

        assertEquals(List.of("id,gender,masterCategory,subCategory", "1,Men,Apparel,Topwear", "3,Men,Footwear,Shoes"),
                Files.readAllLines(catalogue.resolve("styles.csv")));
        assertEquals(data.resolve("images"), Files.readSymbolicLink(catalogue.resolve("images")));
    }

    @Test
    void theNotSoldPhotosAreThoseOfTheSubCategoriesTheSplitLeftOut(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(data.resolve("images"));
        Files.writeString(data.resolve("styles.csv"), """
                id,gender,masterCategory,subCategory
                1,Men,Apparel,Topwear
                2,Men,Accessories,Ties
                3,Women,Accessories,Ties
                4,Men,Accessories,Cufflinks
                """);
        for (String id : List.of("1", "2", "4")) {
            Files.write(data.resolve("images/" + id + ".jpg"), new byte[] {1});
        }
        FashionSplit split = new FashionSplit(List.of(new Photo("1", "Topwear", data.resolve("images/1.jpg"))), List.of(), List.of("Topwear"));

        // photo 3 has no file, photo 1 is of a sub-category the shop sells
        assertEquals(List.of(data.resolve("images/2.jpg"), data.resolve("images/4.jpg")), VisionJourneyBenchmark.notSold(split));
    }
}
