package io.vitrine.it.storefront;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

/** The home page: the shop's front window. */
public final class HomePage {

    private final WebDriver driver;

    private HomePage(WebDriver driver) {
        this.driver = driver;
    }

    public static HomePage open(WebDriver driver, String url) {
        driver.get(url);
        return new HomePage(driver);
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public List<WebElement> productCards() {
        return driver.findElements(By.cssSelector(".vt-card"));
    }

    public List<WebElement> images() {
        return driver.findElements(By.cssSelector("main img"));
    }

    public String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }
}
