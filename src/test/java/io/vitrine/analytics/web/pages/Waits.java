package io.vitrine.analytics.web.pages;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** Waiting for PrimeFaces ajax to settle, so assertions read the updated page. */
final class Waits {

    private Waits() {
    }

    static WebDriverWait patiently(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    static void ajax(WebDriver driver) {
        patiently(driver).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }
}
