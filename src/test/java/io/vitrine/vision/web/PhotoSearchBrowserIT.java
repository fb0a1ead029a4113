package io.vitrine.vision.web;

import io.vitrine.it.browser.BrowserJourney;
import io.vitrine.it.storefront.PhotoSearchPage;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The photo page when the photo shows nothing the shop sells (issue #16 item 5), in headless Chromium against the
 * demo store: "no close match", the three nearest sub-categories with their percentages, the closest products, and a
 * sub-category the shopper picks filtering them.
 */
class PhotoSearchBrowserIT extends BrowserJourney {

    @Test
    void aPhotoOfNothingForSaleIsNoCloseMatchAndAPickedSubCategoryFiltersTheClosestProducts() throws Exception {
        // Arrange: an all-black picture (a lens cap on), far below the shipped in-shop threshold (VisionApiIT)
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "png", png);
        Path photo = Files.createTempFile("vitrine-black-", ".png");
        Files.write(photo, png.toByteArray());
        long deadline = System.currentTimeMillis() + 180_000;
        while (api.post("/api/v1/search/image", "image/png", png.toByteArray()).status() == 503) {
            assertTrue(System.currentTimeMillis() < deadline, "the photo model did not load within 3 minutes");
            Thread.sleep(1000);
        }
        PhotoSearchPage page = PhotoSearchPage.open(driver, url("/vision/photo.xhtml"));

        // Act
        page.upload(photo);

        // Assert: no close match, the nearest shelves with percentages, and the products only as the closest we have
        assertFalse(page.closeMatch(), page.prediction());
        assertTrue(page.prediction().startsWith("No close match in this shop. Nearest shelves:"), page.prediction());
        assertEquals(3, page.choices().size(), page.choices().toString());
        for (String choice : page.choices()) {
            assertTrue(choice.matches(".+ \\d+ %"), "a sub-category with its calibrated percentage: " + choice);
        }
        assertEquals("Closest we have", page.productsTitle());
        assertEquals("No close match in this shop.", page.status());
        assertFalse(page.lookAlikeIds().isEmpty(), "the closest products all the same");

        // Act: the shopper picks the second shelf
        String shelf = page.choiceIds().get(1);
        page.pick(shelf);

        // Assert: only that shelf's products, under the look-alikes heading, with a way back to all kinds
        List<String> products = page.lookAlikeIds();
        assertFalse(products.isEmpty(), "products of " + shelf);
        for (String id : products) {
            assertEquals(shelf, api.get("/api/v1/products/" + id).json().getString("subCategory"), id);
        }
        assertEquals("Products that look like it", page.productsTitle());
        assertTrue(page.prediction().endsWith("All kinds"), page.prediction());
        Files.deleteIfExists(photo);
    }
}
