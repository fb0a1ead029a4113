package io.vitrine.it.storefront;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Optional;

/** The search results: hits with highlighted names, facets, "did you mean". */
public final class SearchResultsPage extends ShopPage {

    SearchResultsPage(WebDriver driver) {
        super(driver);
    }

    public List<String> hitIds() {
        return driver.findElements(By.cssSelector("li.vt-hit")).stream().map(e -> e.getAttribute("data-product")).toList();
    }

    /** The words the engine marked in the first hit's name. */
    public List<String> highlightedInFirstHit() {
        return driver.findElements(By.cssSelector("li.vt-hit")).get(0).findElements(By.cssSelector(".vt-hit-title mark"))
                .stream().map(WebElement::getText).toList();
    }

    public Optional<String> didYouMean() {
        return driver.findElements(By.id("corrected")).stream().map(WebElement::getText).findFirst();
    }

    public List<String> facetNames() {
        return driver.findElements(By.cssSelector(".vt-facet")).stream().map(e -> e.getAttribute("data-facet")).toList();
    }

    public ProductPage openHit(String productId) {
        driver.findElement(By.cssSelector("li.vt-hit[data-product='" + productId + "'] a.vt-hit-link")).click();
        return new ProductPage(driver);
    }
}
