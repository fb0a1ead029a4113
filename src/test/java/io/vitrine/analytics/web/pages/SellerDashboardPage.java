package io.vitrine.analytics.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.util.List;

/** The seller's (or admin's) dashboard: period picker, key figure cards, charts. */
public final class SellerDashboardPage {

    private final WebDriver driver;

    private SellerDashboardPage(WebDriver driver) {
        this.driver = driver;
        Waits.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("period:apply")));
    }

    public static SellerDashboardPage open(WebDriver driver, String base, String path) {
        driver.get(base + path);
        return new SellerDashboardPage(driver);
    }

    /** "7", "30" or "90" days. */
    public SellerDashboardPage lastDays(String days) {
        String before = periodLabel();
        driver.findElements(By.cssSelector("#period\\:range .ui-button")).stream()
                .filter(b -> b.getText().contains(days)).findFirst().orElseThrow().click();
        Waits.ajax(driver);
        Waits.patiently(driver).until(d -> !periodLabel().equals(before));
        return this;
    }

    /** A custom period of whole days, typed into the date pickers. */
    public SellerDashboardPage between(LocalDate from, LocalDate to) {
        driver.findElements(By.cssSelector("#period\\:range .ui-button")).get(3).click();
        Waits.patiently(driver).until(ExpectedConditions.elementToBeClickable(By.id("period:from_input")));
        // the button may send more than one ajax request; type only once the form is rendered for the last time
        Waits.ajax(driver);
        type(By.id("period:from_input"), from.toString());
        type(By.id("period:to_input"), to.toString());
        driver.findElement(By.id("period:apply")).click();
        Waits.ajax(driver);
        return this;
    }

    /** Types a date as a person would, then clicks outside the field to close the calendar pop-up. */
    private void type(By field, String text) {
        WebElement input = Waits.patiently(driver).until(ExpectedConditions.elementToBeClickable(field));
        input.click();
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        input.sendKeys(text);
        // a click outside closes the calendar pop-up and keeps the typed date
        driver.findElement(By.cssSelector("h1")).click();
    }

    public String periodLabel() {
        List<WebElement> label = driver.findElements(By.id("periodLabel"));
        return label.isEmpty() ? "" : label.get(0).getText();
    }

    /** The value shown on a key figure card ("revenue", "orders", "units", ...). */
    public String figure(String key) {
        return driver.findElement(By.cssSelector("[data-kpi='" + key + "'] .vt-kpi-value")).getText();
    }

    public int charts() {
        return driver.findElements(By.cssSelector(".vt-chart canvas")).size();
    }
}
