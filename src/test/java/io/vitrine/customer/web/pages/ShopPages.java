package io.vitrine.customer.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Path;
import java.util.List;

/**
 * Page objects of a seller running its shop: the import page with its progress bar, the merchandising page, the
 * storefront's shelf and search results as a shopper sees them, sign-up and checkout, the export links.
 */
public final class ShopPages {

    private final WebDriver driver;
    private final String base;

    public ShopPages(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    // ---- /seller/imports.xhtml

    /** Chooses the file on the import page: the upload starts at once, then the progress bar follows the job. */
    public void importFile(Path file) {
        driver.get(base + "/seller/imports.xhtml");
        AccountPages.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("imports:upload_input")))
                .sendKeys(file.toAbsolutePath().toString());
    }

    /** Waits until the job is shown finished and the bar stands at 100 %; the bar's value. */
    public long importProgressAtTheEnd() {
        AccountPages.patiently(driver).until(d -> !d.findElements(By.cssSelector("#importState.vt-import-done, #importState.vt-import-failed")).isEmpty());
        AccountPages.patiently(driver).until(d -> Long.valueOf(100).equals(progress()));
        return progress();
    }

    private Long progress() {
        Object value = ((JavascriptExecutor) driver).executeScript("return PF('importProgress').getValue();");
        return value instanceof Number n ? n.longValue() : null;
    }

    public String importState() {
        return driver.findElement(By.id("importState")).getText();
    }

    public String importCounts() {
        return driver.findElement(By.cssSelector(".vt-import-counts")).getText();
    }

    // ---- /seller/merchandising.xhtml

    public void openMerchandising() {
        driver.get(base + "/seller/merchandising.xhtml");
        AccountPages.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("rule:save")));
    }

    /** Fills the form with a pin of {@code product} first on a category shelf (the form's position is 1). */
    public void pinFirstOnShelf(String category, String subCategory, String product) {
        choose("merAction", "PIN");
        choose("merPlacement", "SHELF");
        choose("merCategory", category);
        type("rule:subCategory", subCategory);
        type("rule:product", product);
    }

    /** Fills the form with a boost of a brand in a query's results, at the given strength. */
    public void boostBrandInQuery(String query, String brand, int strength) {
        choose("merAction", "BOOST");
        choose("merPlacement", "QUERY");
        type("rule:query", query);
        type("rule:brand", brand);
        ((JavascriptExecutor) driver).executeScript("PF('merStrength').setValue(arguments[0]);", strength);
    }

    /** The preview's "after" column: product ids in order. */
    public List<String> previewAfter() {
        press(driver.findElement(By.id("rule:preview")));
        return driver.findElements(By.cssSelector("#previewAfter li")).stream().map(li -> li.getDomAttribute("data-id")).toList();
    }

    public void saveRule() {
        press(driver.findElement(By.id("rule:save")));
    }

    public List<String> ruleDescriptions() {
        return driver.findElements(By.cssSelector(".vt-rule")).stream().map(WebElement::getText).toList();
    }

    // ---- the storefront

    /** Product ids of a category shelf's cards, in the order shown. */
    public List<String> shelf(String category, String subCategory) {
        driver.get(base + "/catalog/browse.xhtml?category=" + category + "&sub=" + subCategory);
        return driver.findElements(By.cssSelector(".vt-grid a.vt-card-link")).stream()
                .map(a -> a.getDomAttribute("href").replaceAll(".*[?&]id=([^&]+).*", "$1")).toList();
    }

    /** Product ids of the search results page, in the order shown. */
    public List<String> searchResults(String query) {
        driver.get(base + "/search/results.xhtml?q=" + query);
        return driver.findElements(By.cssSelector("li.vt-hit")).stream().map(li -> li.getDomAttribute("data-product")).toList();
    }

    /** Signs a shopper up on {@code /customer/register.xhtml}; the shop logs them in. */
    public void signUp(String name, String email, String password) {
        driver.get(base + "/customer/register.xhtml");
        AccountPages.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("register:name"))).sendKeys(name);
        driver.findElement(By.id("register:email")).sendKeys(email);
        driver.findElement(By.cssSelector("#register input[type=password]")).sendKeys(password);
        driver.findElement(By.id("register:submit")).click();
        AccountPages.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("account:logout")));
    }

    /** Opens a product's page; the "sold by" line as shown, with the logo's address when there is one. */
    public String openProduct(String productId) {
        driver.get(base + "/catalog/product.xhtml?id=" + productId);
        WebElement soldBy = AccountPages.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("soldBy")));
        String logo = soldBy.findElements(By.cssSelector("img.vt-seller-logo")).stream().map(i -> i.getDomAttribute("src")).findFirst().orElse("");
        return soldBy.getText() + (logo.isEmpty() ? "" : " [" + logo + "]");
    }

    /** Puts the product whose page is open in the cart and checks out; the order number the history shows first. */
    public String buyThisProduct() {
        WebElement add = AccountPages.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("buy:addToCart")));
        AccountPages.click(driver, add);
        AccountPages.patiently(driver).until(io.vitrine.it.browser.Browsers.gone(add));
        driver.get(base + "/cart/cart.xhtml");
        WebElement checkout = AccountPages.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("cartForm:checkout")));
        AccountPages.click(driver, checkout);
        AccountPages.patiently(driver).until(ExpectedConditions.urlContains("/order/history.xhtml"));
        return AccountPages.patiently(driver).until(d -> d.findElements(By.cssSelector("li.vt-order")).stream()
                .map(e -> e.getDomAttribute("data-order")).findFirst().orElse(null));
    }

    // ---- /seller/profile.xhtml

    /** The profile form's fields as shown: name, country, return address. */
    public List<String> openProfile() {
        driver.get(base + "/seller/profile.xhtml");
        AccountPages.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("profile:name")));
        return List.of(value("profile:name"), value("profile:country"), value("profile:returnAddress"));
    }

    /** Chooses a logo on the profile page (the upload starts at once); the logo's address once the page shows it. */
    public String uploadLogo(Path image) {
        driver.findElement(By.id("logo:upload_input")).sendKeys(image.toAbsolutePath().toString());
        return AccountPages.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("logoImage"))).getDomAttribute("src");
    }

    private String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    // ---- /seller/exports.xhtml

    /** Opens the export page and downloads one of its links ({@code exportCatalogueCsv}, {@code exportOrders}) with the page's session. */
    public String download(String linkId) {
        if (!driver.getCurrentUrl().contains("/seller/exports.xhtml")) {
            driver.get(base + "/seller/exports.xhtml");
        }
        String href = AccountPages.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id(linkId))).getDomAttribute("href");
        Object body = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('failed: ' + e));", href);
        return String.valueOf(body);
    }

    // ---- helpers

    public String messages() {
        return driver.findElements(By.cssSelector(".ui-messages")).stream().map(WebElement::getText).reduce("", String::concat);
    }

    private void choose(String widget, String value) {
        ((JavascriptExecutor) driver).executeScript("PF(arguments[0]).selectValue(arguments[1]);", widget, value);
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void press(WebElement button) {
        AccountPages.click(driver, button);
        AccountPages.ajax(driver);
    }
}
