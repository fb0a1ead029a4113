package io.vitrine.it.storefront;

import io.vitrine.it.browser.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shopper journeys through the storefront in headless Chromium, against one deployment of the shop. */
class StorefrontBrowserIT extends BrowserJourney {

    @Test
    void homePageShowsProductsWithDescribedImages() {
        HomePage home = HomePage.open(driver, url("/"));

        assertEquals("en", home.language());
        assertFalse(home.heading().isBlank(), "the home page says what it shows");
        assertFalse(home.productCards().isEmpty(), "the demo store's products are in the window");
        for (WebElement img : home.images()) {
            String alt = img.getAttribute("alt");
            assertTrue(alt != null && !alt.isBlank(), "every image has an alt text: " + img.getAttribute("src"));
        }
    }
}
