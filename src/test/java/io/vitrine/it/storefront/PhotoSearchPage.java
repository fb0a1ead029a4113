package io.vitrine.it.storefront;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;

/** The photo search page: a file input (and drop zone), the predicted sub-category, the look-alike products. */
public final class PhotoSearchPage extends ShopPage {

    private PhotoSearchPage(WebDriver driver) {
        super(driver);
    }

    public static PhotoSearchPage open(WebDriver driver, String url) {
        driver.get(url);
        return new PhotoSearchPage(driver);
    }

    /** Chooses the file as a shopper would; the page sends it at once and shows the answer. */
    public PhotoSearchPage upload(Path photo) {
        driver.findElement(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
        waiting().until(d -> !d.findElements(By.cssSelector("#look-alikes article")).isEmpty()
                || !d.findElement(By.id("status")).getText().isBlank() && !d.findElement(By.id("status")).getText().endsWith("..."));
        return this;
    }

    public String prediction() {
        return driver.findElement(By.id("prediction")).getText();
    }

    public String status() {
        return driver.findElement(By.id("status")).getText();
    }

    public List<String> lookAlikeIds() {
        return driver.findElements(By.cssSelector("#look-alikes article")).stream().map(e -> e.getAttribute("data-product")).toList();
    }

    public List<WebElement> lookAlikeImages() {
        return driver.findElements(By.cssSelector("#look-alikes img"));
    }
}
