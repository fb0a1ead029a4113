package io.vitrine.analytics.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The product analysis table with its exports. */
public final class AnalysisPage {

    private final WebDriver driver;

    private AnalysisPage(WebDriver driver) {
        this.driver = driver;
        Waits.patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("table:rows")));
    }

    public static AnalysisPage open(WebDriver driver, String base, String path) {
        driver.get(base + path);
        return new AnalysisPage(driver);
    }

    public List<String> productIds() {
        return driver.findElements(By.cssSelector("#table\\:rows_data tr td:first-child .vt-small")).stream()
                .map(WebElement::getText).toList();
    }

    /** Sorts by a column header ("views", "revenue", ...) once. */
    public AnalysisPage sortBy(String column) {
        driver.findElement(By.cssSelector("#table\\:rows\\:" + column)).click();
        Waits.ajax(driver);
        return this;
    }

    public List<String> column(int index) {
        return driver.findElements(By.cssSelector("#table\\:rows_data tr td:nth-child(" + index + ")")).stream()
                .map(WebElement::getText).toList();
    }

    /** Clicks an export button and returns the file the browser saved into {@code folder}. */
    public Path export(String button, Path folder, String extension) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ((HasCdp) driver).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
        driver.findElement(By.id("table:" + button)).click();
        return Waits.patiently(driver).withTimeout(Duration.ofSeconds(90)).until(d -> find(folder, extension).orElse(null));
    }

    private static Optional<Path> find(Path folder, String extension) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(extension)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
