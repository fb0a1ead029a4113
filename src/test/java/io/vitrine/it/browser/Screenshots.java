package io.vitrine.it.browser;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Saves what the browser shows as {@code target/screenshots/<name>.png}, so a person can look at the pages. */
public final class Screenshots {

    public static final Path FOLDER = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    private Screenshots() {
    }

    public static Path save(WebDriver driver, String name) {
        String file = name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png";
        try {
            Files.createDirectories(FOLDER);
            Path target = FOLDER.resolve(file);
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
