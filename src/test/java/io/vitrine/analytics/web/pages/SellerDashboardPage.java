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
        for (int attempt = 0; attempt < 3 && !(value("period:from_input").equals(from.toString())
                && value("period:to_input").equals(to.toString())); attempt++) {
            type(By.id("period:from_input"), from.toString());
            type(By.id("period:to_input"), to.toString());
        }
        driver.findElement(By.id("period:apply")).click();
        // the ajax queue can still be empty right after the click: wait for the figures of the chosen period
        String expected = label(from) + " \u2013 " + label(to);
        Waits.patiently(driver).until(d -> periodLabel().equals(expected));
        Waits.ajax(driver);
        return this;
    }

    private String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    /** A day as the English dashboard writes it ("Nov 22, 2026"). */
    static String label(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.ENGLISH));
    }

    /**
     * Types a date as a person would, then clicks outside the field to close the calendar pop-up. A late ajax
     * redraw of the form can swallow the keys (the field then reads empty), so the value is checked and typed again.
     */
    private void type(By field, String text) {
        for (int attempt = 1; ; attempt++) {
            WebElement input = Waits.patiently(driver).until(ExpectedConditions.elementToBeClickable(field));
            input.click();
            input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
            input.sendKeys(text);
            // a click outside closes the calendar pop-up and keeps the typed date
            driver.findElement(By.cssSelector("h1")).click();
            Waits.ajax(driver);
            String typed = driver.findElement(field).getDomProperty("value");
            if (text.equals(typed)) {
                return;
            }
            if (attempt == 3) {
                throw new IllegalStateException("the date field " + field + " reads '" + typed + "' instead of " + text);
            }
        }
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
