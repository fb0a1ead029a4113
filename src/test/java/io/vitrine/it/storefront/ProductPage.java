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
        driver.findElement(By.id("buy:addToCart")).click();
        return new ProductPage(driver);
    }

    public ProductPage addToComparison() {
        driver.findElement(By.id("buy:addToCompare")).click();
        return new ProductPage(driver);
    }

    public ProductPage rate(int stars) {
        driver.findElements(By.cssSelector("#rate\\:stars input[type=radio]")).get(stars - 1).click();
        driver.findElement(By.id("rate:submitRating")).click();
        return new ProductPage(driver);
    }

    public String rating() {
        return driver.findElement(By.id("rating")).getText();
    }

    public List<String> similarIds() {
        return driver.findElements(By.cssSelector("#similar a.vt-card-link")).stream()
                .map(a -> HomePage.idOf(a.getAttribute("href"))).toList();
    }

    public ProductPage openSimilar(int index) {
        List<WebElement> links = driver.findElements(By.cssSelector("#similar a.vt-card-link"));
        links.get(index).click();
        return new ProductPage(driver);
    }
}
