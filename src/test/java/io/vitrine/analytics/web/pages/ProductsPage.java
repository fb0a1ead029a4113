package io.vitrine.analytics.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The seller's product list and edit form. */
public final class ProductsPage {

    private final WebDriver driver;

    private ProductsPage(WebDriver driver) {
        this.driver = driver;
        Waits.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("list:products")));
    }

    public static ProductsPage open(WebDriver driver, String base) {
        driver.get(base + "/seller/products.xhtml");
        return new ProductsPage(driver);
    }

    /** Opens the edit form of the n-th product of the list (0 = first) and returns its id. */
    public String edit(int row) {
        WebElement tr = driver.findElements(By.cssSelector("#list\\:products_data tr")).get(row);
        String id = tr.findElement(By.cssSelector(".vt-small")).getText();
        tr.findElement(By.cssSelector(".vt-edit")).click();
        Waits.ajax(driver);
        Waits.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("product:stock_input")));
        return id;
    }

    public ProductsPage stock(int stock) {
        return set("product:stock_input", String.valueOf(stock));
    }

    public ProductsPage price(String price) {
        return set("product:price_input", price);
    }

    public ProductsPage nameEn(String name) {
        return set("product:nameEn", name);
    }

    private ProductsPage set(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        // the shop's header stays on top of the page: bring the field to the middle before clicking it
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
        return this;
    }

    public ProductsPage save() {
        driver.findElement(By.id("product:save")).click();
        Waits.ajax(driver);
        return this;
    }

    /** The texts of the page's messages (confirmations and errors). */
    public String messages() {
        return driver.findElements(By.cssSelector("#messages .ui-messages-info-summary, #messages .ui-messages-error-summary"))
                .stream().map(WebElement::getText).reduce("", (a, b) -> a + " | " + b);
    }

    public String stockShown() {
        return driver.findElement(By.id("product:stock_input")).getAttribute("value");
    }
}
