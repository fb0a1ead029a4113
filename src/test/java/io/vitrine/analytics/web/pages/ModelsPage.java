package io.vitrine.analytics.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.util.List;

/** The admin's model status page. */
public final class ModelsPage {

    private final WebDriver driver;

    private ModelsPage(WebDriver driver) {
        this.driver = driver;
        Waits.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("models")));
    }

    public static ModelsPage open(WebDriver driver, String base) {
        driver.get(base + "/admin/models.xhtml");
        return new ModelsPage(driver);
    }

    public List<String> kinds() {
        return driver.findElements(By.cssSelector(".vt-model")).stream().map(e -> e.getAttribute("data-kind")).toList();
    }

    private WebElement card(String kind) {
        return driver.findElement(By.cssSelector(".vt-model[data-kind='" + kind + "']"));
    }

    public ModelsPage retrain(String kind) {
        card(kind).findElement(By.cssSelector(".vt-retrain")).click();
        Waits.ajax(driver);
        return this;
    }

    /** The job line under the progress bar once a retraining was started from the page. */
    public String job(String kind) {
        List<WebElement> job = card(kind).findElements(By.cssSelector(".vt-job"));
        return job.isEmpty() ? "" : job.get(0).getText();
    }

    public boolean progressShown(String kind) {
        return !card(kind).findElements(By.cssSelector(".vt-progress")).isEmpty();
    }

    /** Waits (polls refresh the card) until the job line says it is done one way or another. */
    public String waitUntilFinished(String kind, Duration atMost, String... finished) {
        Waits.patiently(driver).withTimeout(atMost).pollingEvery(Duration.ofSeconds(2)).until(d -> {
            String text = job(kind);
            for (String f : finished) {
                if (text.startsWith(f)) {
                    return true;
                }
            }
            return false;
        });
        return job(kind);
    }

    public String liveVersion(String kind) {
        return card(kind).getText();
    }
}
