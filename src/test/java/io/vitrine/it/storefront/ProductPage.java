package io.vitrine.it.storefront;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/** A product page: details, add to cart / comparison, rating, similar products. */
public final class ProductPage extends ShopPage {

    ProductPage(WebDriver driver) {
        super(driver);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("product")));
    }

    public static ProductPage open(WebDriver driver, String url) {
        driver.get(url);
        return new ProductPage(driver);
    }

    public String productId() {
        return driver.findElement(By.id("product")).getAttribute("data-product");
    }

    public String name() {
        return driver.findElement(By.id("name")).getText();
    }

    public String description() {
        return driver.findElement(By.id("description")).getText();
    }

    /** Elements of the description that the browser made of its text: must be none (the text is escaped). */
    public int elementsInsideDescription() {
        return driver.findElements(By.cssSelector("#description p *")).size();
    }

    public ProductPage addToCart() {
        submit(driver.findElement(By.id("buy:addToCart")));
        return new ProductPage(driver);
    }

    public ProductPage addToComparison() {
        submit(driver.findElement(By.id("buy:addToCompare")));
        return new ProductPage(driver);
    }

    public ProductPage rate(int stars) {
        click(driver.findElements(By.cssSelector("#rate\\:stars input[type=radio]")).get(stars - 1));
        submit(driver.findElement(By.id("rate:submitRating")));
        return new ProductPage(driver);
    }

    /** Stars and a written review; the answer is another page, which the caller waits for. */
    public void review(int stars, String text) {
        click(driver.findElements(By.cssSelector("#rate\\:stars input[type=radio]")).get(stars - 1));
        driver.findElement(By.id("rate:text")).sendKeys(text);
        submit(driver.findElement(By.id("rate:submitRating")));
    }

    /** The reviews as the shopper reads them (visible text, so markup a shopper typed shows as characters). */
    public List<String> reviewTexts() {
        return driver.findElements(By.cssSelector("#reviews .vt-review-body")).stream().map(WebElement::getText).toList();
    }

    public String rating() {
        return driver.findElement(By.id("rating")).getText();
    }

    public List<String> similarIds() {
        return driver.findElements(By.cssSelector("#similar a.vt-card-link")).stream()
                .map(a -> HomePage.idOf(a.getAttribute("href"))).toList();
    }

    /** The cards of the "similar products" shelf as (product name, reason shown on the card). */
    public List<java.util.Map.Entry<String, String>> similarReasons() {
        return Cards.reasons(driver.findElements(By.cssSelector("#similar .vt-card")));
    }

    public ProductPage openSimilar(int index) {
        List<WebElement> links = driver.findElements(By.cssSelector("#similar a.vt-card-link"));
        links.get(index).click();
        return new ProductPage(driver);
    }

    /** Scrolls the element to the middle of the window first: the chat widget's button sits fixed over the bottom. */
    private void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** A full-page form post: waits until the page that was there is gone, so the next read sees the answer. */
    private void submit(WebElement button) {
        click(button);
        waiting().until(io.vitrine.it.browser.Browsers.gone(button));
    }
}
