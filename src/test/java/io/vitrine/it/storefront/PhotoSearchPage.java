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

    /** The sub-categories offered as choices (the three likeliest), as the shopper reads them: "T-shirts 41 %". */
    public List<String> choices() {
        return driver.findElements(By.cssSelector("#prediction button[data-sub-category]")).stream().map(WebElement::getText).toList();
    }

    /** The ids of the offered sub-categories, in the order shown. */
    public List<String> choiceIds() {
        return driver.findElements(By.cssSelector("#prediction button[data-sub-category]")).stream()
                .map(e -> e.getAttribute("data-sub-category")).toList();
    }

    /** Whether the page took the photo for something the shop sells ("no close match" when not). */
    public boolean closeMatch() {
        return "true".equals(driver.findElement(By.id("prediction")).getAttribute("data-close-match"));
    }

    /** Picks a sub-category: the page asks again for products of that one only and marks the choice. */
    public PhotoSearchPage pick(String subCategory) {
        driver.findElement(By.cssSelector("#prediction button[data-sub-category='" + subCategory + "']")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#prediction button[aria-pressed='true'][data-sub-category='" + subCategory + "']")).isEmpty()
                && d.findElement(By.id("prediction")).isDisplayed());
        return this;
    }

    /** The heading above the products: look-alikes, or only the closest the shop has. */
    public String productsTitle() {
        return driver.findElement(By.id("look-alikes-title")).getText();
    }

    public List<String> lookAlikeIds() {
        return driver.findElements(By.cssSelector("#look-alikes article")).stream().map(e -> e.getAttribute("data-product")).toList();
    }

    public List<WebElement> lookAlikeImages() {
        return driver.findElements(By.cssSelector("#look-alikes img"));
    }
}
