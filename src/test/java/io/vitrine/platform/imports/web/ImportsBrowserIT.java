package io.vitrine.platform.imports.web;

import io.vitrine.customer.web.pages.AccountPages;
import io.vitrine.it.browser.BrowserJourney;
import io.vitrine.it.browser.Screenshots;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seller's catalogue in and out in headless Chromium: it logs in, uploads a small CSV on {@code /seller/imports},
 * watches the progress bar reach 100 %, finds the products on its products page, and downloads its catalogue export
 * with the new rows in it. Screenshots of each step go to target/screenshots/.
 */
class ImportsBrowserIT extends BrowserJourney {

    static final String SELLER = "seller01@demo.vitrine.io";
    static final String PASSWORD = System.getProperty("it.demo.password", "vitrine-demo");

    /** {@code /seller/imports.xhtml} and {@code /seller/exports.xhtml} as a seller uses them. */
    static final class CataloguePages {

        private final WebDriver driver;
        private final String base;

        CataloguePages(WebDriver driver, String base) {
            this.driver = driver;
            this.base = base;
        }

        void openImports() {
            driver.get(base + "/seller/imports.xhtml");
            AccountPages.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("imports:upload_input")));
        }

        /** Chooses the file: the upload starts at once (auto), then the progress bar follows the job. */
        void upload(Path file) {
            driver.findElement(By.id("imports:upload_input")).sendKeys(file.toAbsolutePath().toString());
        }

        /** Waits until the bar stands at 100 % and the job's state is shown as finished; the bar's value. */
        long waitForTheEnd() {
            AccountPages.patiently(driver).until(d -> !d.findElements(By.cssSelector("#importState.vt-import-done, #importState.vt-import-failed")).isEmpty());
            AccountPages.patiently(driver).until(d -> Long.valueOf(100).equals(progress()));
            return progress();
        }

        Long progress() {
            Object value = ((JavascriptExecutor) driver).executeScript("return PF('importProgress').getValue();");
            return value instanceof Number n ? n.longValue() : null;
        }

        String state() {
            return driver.findElement(By.id("importState")).getText();
        }

        String counts() {
            return driver.findElement(By.cssSelector(".vt-import-counts")).getText();
        }

        void openProducts() {
            driver.findElement(By.id("imports:toProducts")).click();
            AccountPages.patiently(driver).until(ExpectedConditions.urlContains("/seller/products.xhtml"));
        }

        /** Opens the export page and downloads the catalogue CSV through its link, with the page's session. */
        String downloadCatalogue() {
            driver.get(base + "/seller/exports.xhtml");
            String href = AccountPages.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("exportCatalogueCsv")))
                    .getDomAttribute("href");
            Object body = ((JavascriptExecutor) driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('failed: ' + e));", href);
            return String.valueOf(body);
        }
    }

    @Test
    void aSellerImportsACatalogueWithProgressAndExportsIt() throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path csv = Files.createTempFile("browser-catalogue", ".csv");
        Files.writeString(csv, "id,name,name_fr,description,description_fr,category,sub_category,brand,price,currency,stock,attributes,image,source_ref\n"
                + "br-" + run + "-1,Lampe navigateur " + run + ",,Une lampe,,Home,Lighting,Atelier,24.90,EUR,4,,,\n"
                + "br-" + run + "-2,Tasse navigateur " + run + ",,,,Home,Kitchen,Atelier,7.50,EUR,10,,,\n"
                + "br-" + run + "-3,Sans prix,,,,Home,Kitchen,,,EUR,1,,,\n");
        CataloguePages pages = new CataloguePages(driver, url("").replaceAll("/$", ""));

        AccountPages.logIn(driver, url("").replaceAll("/$", ""), SELLER, PASSWORD);
        pages.openImports();
        Screenshots.save(driver, "ImportsBrowserIT-1-imports-page");
        pages.upload(csv);
        long progress = pages.waitForTheEnd();
        Screenshots.save(driver, "ImportsBrowserIT-2-import-done");

        assertEquals(100, progress, "the bar reached 100 %");
        assertEquals("Done", pages.state());
        assertTrue(pages.counts().startsWith("3 rows read: 2 new"), pages.counts());
        assertTrue(pages.counts().contains("1 rejected"), pages.counts());
        assertTrue(driver.findElement(By.id("importErrors")).getDomAttribute("href").endsWith("/errors"));

        pages.openProducts();
        AccountPages.patiently(driver).until(d -> d.getPageSource().contains("Lampe navigateur " + run));
        Screenshots.save(driver, "ImportsBrowserIT-3-products");

        String exported = pages.downloadCatalogue();
        Screenshots.save(driver, "ImportsBrowserIT-4-exports-page");
        assertTrue(exported.startsWith("id,name,name_fr,description"), exported.substring(0, Math.min(200, exported.length())));
        String lamp = exported.lines().filter(l -> l.startsWith("br-" + run + "-1,")).findFirst().orElse("");
        assertTrue(lamp.startsWith("br-" + run + "-1,Lampe navigateur " + run + ",,Une lampe,,home,"), "the imported product: " + lamp);
        assertTrue(lamp.contains(",Atelier,24.90,EUR,4,"), lamp);
        assertTrue(exported.contains("br-" + run + "-2,Tasse navigateur " + run));
        assertTrue(!exported.contains("br-" + run + "-3"), "the rejected row was not imported");
    }
}
