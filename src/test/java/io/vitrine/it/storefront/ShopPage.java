package io.vitrine.it.storefront;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** What every storefront page has: the header (search box, cart, account, language) and the messages. */
abstract class ShopPage {

    protected final WebDriver driver;

    ShopPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Pages redraw under the test (ajax, navigation): an element gone stale is looked up again. */
    org.openqa.selenium.support.ui.FluentWait<WebDriver> waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public String messages() {
        return driver.findElements(By.cssSelector("#messages")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** Types into the header's search box and submits it (the autocomplete may open meanwhile). */
    public SearchResultsPage search(String text) {
        WebElement box = driver.findElement(By.id("search:q_input"));
        box.clear();
        box.sendKeys(text);
        driver.findElement(By.id("search:go")).click();
        waiting().until(ExpectedConditions.urlContains("/search/results.xhtml"));
        return new SearchResultsPage(driver);
    }

    /** The suggestions the autocomplete shows for what is typed (waits for them to appear). */
    public List<String> suggestionsFor(String text) {
        WebElement box = driver.findElement(By.id("search:q_input"));
        box.clear();
        box.sendKeys(text);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search\\:q_panel li")));
        return driver.findElements(By.cssSelector("#search\\:q_panel li")).stream().map(WebElement::getText).toList();
    }

    public void switchLanguage(String code) {
        String before = language();
        driver.findElement(By.id("lang:" + code)).click();
        if (!before.equals(code)) {
            waiting().until(d -> code.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        }
    }

    public List<String> categoryNames() {
        return driver.findElements(By.cssSelector(".vt-categories a")).stream().map(WebElement::getText).toList();
    }

    public CartPage openCart() {
        driver.findElement(By.id("cartLink")).click();
        return new CartPage(driver);
    }

    public int cartCount() {
        String text = driver.findElement(By.id("cartLink")).getText();
        return Integer.parseInt(text.replaceAll(".*\\((\\d+)\\).*", "$1"));
    }
}
