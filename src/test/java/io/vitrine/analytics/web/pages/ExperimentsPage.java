package io.vitrine.analytics.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/** The admin's experiments page: the create-and-start form and one section per experiment. */
public final class ExperimentsPage {

    private final WebDriver driver;

    private ExperimentsPage(WebDriver driver) {
        this.driver = driver;
        Waits.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("create:start")));
    }

    public static ExperimentsPage open(WebDriver driver, String base) {
        driver.get(base + "/admin/experiments.xhtml");
        return new ExperimentsPage(driver);
    }

    private void number(String id, String value) {
        WebElement field = driver.findElement(By.id("create:" + id + "_input"));
        // the formatted field (AutoNumeric) keeps its value on clear(): select it all and type over it
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(value, Keys.TAB);
        Waits.ajax(driver);
    }

    /**
     * Fills the form (mode and metric keep their defaults: A/B on click-through), waits for the planned visitors to
     * be shown and presses "Create and start".
     */
    public ExperimentsPage createAndStart(String name, long candidateVersion, String baselinePercent, String liftPercent) {
        driver.findElement(By.id("create:name")).sendKeys(name);
        number("candidate", Long.toString(candidateVersion));
        number("baseline", baselinePercent);
        number("lift", liftPercent);
        driver.findElement(By.id("create:start")).click();
        Waits.ajax(driver);
        return this;
    }

    /** The French or English switch of the shop's header. */
    public ExperimentsPage language(String code) {
        driver.findElement(By.id("lang:" + code)).click();
        Waits.ajax(driver);
        Waits.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("create:start")));
        return this;
    }

    /** The visitors per variant the form's plan needs, as the page shows it before start. */
    public String plannedPreview() {
        return driver.findElement(By.id("create:planned")).getText();
    }

    public String messages() {
        List<WebElement> shown = driver.findElements(By.cssSelector(".ui-messages, .ui-growl-message"));
        return String.join("\n", shown.stream().map(WebElement::getText).toList());
    }

    private WebElement section(String id) {
        return driver.findElement(By.cssSelector(".vt-experiment[data-id='" + id + "']"));
    }

    /** The experiment ids shown, newest first or in the page's order. */
    public List<String> ids() {
        return driver.findElements(By.cssSelector(".vt-experiment")).stream().map(e -> e.getAttribute("data-id")).toList();
    }

    public String status(String id) {
        return section(id).getAttribute("data-status");
    }

    public String verdict(String id) {
        return section(id).findElement(By.cssSelector(".vt-verdict")).getText();
    }

    public String heading(String id) {
        return section(id).findElement(By.tagName("h2")).getText();
    }

    /** Visitors per variant as the table shows them, in table order (A then B). */
    public List<String> visitors(String id) {
        return section(id).findElements(By.cssSelector(".vt-metrics tr td:nth-child(2)")).stream().map(WebElement::getText).toList();
    }

    public boolean chartShown(String id) {
        return !section(id).findElements(By.tagName("canvas")).isEmpty();
    }

    /** Presses one of the section's buttons ({@code vt-start}, {@code vt-pause}, {@code vt-stop}, {@code vt-promote}). */
    public ExperimentsPage press(String id, String button) {
        section(id).findElement(By.cssSelector("." + button)).click();
        Waits.ajax(driver);
        Waits.patiently(driver).until(d -> !d.findElements(By.cssSelector(".vt-experiment[data-id='" + id + "']")).isEmpty());
        return this;
    }

    public boolean hasButton(String id, String button) {
        return !section(id).findElements(By.cssSelector("." + button)).isEmpty();
    }

    /** Reloads the page (the figures are read at each rendering). */
    public ExperimentsPage reload() {
        driver.navigate().refresh();
        Waits.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("create:start")));
        return this;
    }
}
