package io.vitrine.it.browser;

import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver (both installed by {@code .ci/run}): the paths
 * are given explicitly so Selenium Manager never tries to download a browser or a driver. Override them with
 * {@code -Dbrowser.binary=...} and {@code -Dbrowser.driver=...}.
 */
public final class Browsers {

    public static final String BINARY = System.getProperty("browser.binary", "/usr/bin/chromium");
    public static final String DRIVER = System.getProperty("browser.driver", "/usr/bin/chromedriver");

    private Browsers() {
    }

    /** A browser with its own fresh profile folder, deleted again by {@link Session#close()}. */
    public static Session headlessChrome() {
        Path profile;
        try {
            profile = Files.createTempDirectory("vitrine-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        // the flags that make Debian's Chromium start headless in a container without reaching out to Google
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=en-GB",
                "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Session(driver, profile);
    }

    /**
     * Waits for a full-page answer: true once {@code element} has left the document. Selenium's own
     * {@code stalenessOf} only knows {@link StaleElementReferenceException}; while Chromium swaps documents it may
     * instead answer "unhandled inspector error: Node with given id does not belong to the document", which means
     * the same thing and failed a CI run (StorefrontBrowserIT, 2026-12-07).
     */
    public static ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return true;
            } catch (WebDriverException e) {
                String message = String.valueOf(e.getMessage());
                if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /** A running browser and the profile folder it owns. */
    public record Session(ChromeDriver driver, Path profile) implements AutoCloseable {

        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                deleteQuietly(profile);
            }
        }

        private static void deleteQuietly(Path folder) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp folder is harmless
            }
        }
    }
}
