package io.vitrine.analytics.web.pages;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** Waiting for PrimeFaces ajax to settle, so assertions read the updated page. */
final class Waits {

    private Waits() {
    }

    /** Pages redraw under the test (ajax, navigation): an element gone stale is looked up again. */
    static org.openqa.selenium.support.ui.FluentWait<WebDriver> patiently(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    static void ajax(WebDriver driver) {
        patiently(driver).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }
}
