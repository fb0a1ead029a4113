package io.vitrine.it.storefront;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

/** The home page: shelves of recommended products, each tagged with the source its clicks are attributed to. */
public final class HomePage extends ShopPage {

    HomePage(WebDriver driver) {
        super(driver);
    }

    public static HomePage open(WebDriver driver, String url) {
        driver.get(url);
        return new HomePage(driver);
    }

    public List<String> shelfSources() {
        return driver.findElements(By.cssSelector("section.vt-shelf")).stream().map(s -> s.getAttribute("data-source")).toList();
    }

    public List<String> shelfTitles() {
        return driver.findElements(By.cssSelector("section.vt-shelf h2")).stream().map(WebElement::getText).toList();
    }

    /** The product ids of one shelf, in order. */
    public List<String> productsOf(String source) {
        return cards(source).stream().map(a -> idOf(a.getAttribute("href"))).toList();
    }

    /** The cards of one shelf as (product name, reason shown on the card), in order. */
    public List<Map.Entry<String, String>> reasonsOf(String source) {
        return Cards.reasons(driver.findElements(By.cssSelector("section.vt-shelf[data-source='" + source + "'] .vt-card")));
    }

    public List<WebElement> productCards() {
        return driver.findElements(By.cssSelector(".vt-card"));
    }

    public List<WebElement> images() {
        return driver.findElements(By.cssSelector("main img"));
    }

    public ProductPage openFrom(String source, int index) {
        cards(source).get(index).click();
        return new ProductPage(driver);
    }

    private List<WebElement> cards(String source) {
        return driver.findElements(By.cssSelector("section.vt-shelf[data-source='" + source + "'] a.vt-card-link"));
    }

    static String idOf(String href) {
        return href.replaceAll(".*[?&]id=([^&]+).*", "$1");
    }
}
