package io.vitrine.it.browser;

import io.vitrine.it.DeployedShop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Base of the browser tests: the deployed shop and a fresh headless Chromium per test (its own profile, so no
 * cookie leaks from one journey into the next). After each test it saves a screenshot named after the test and
 * fails the test if the page wrote any error to the JavaScript console.
 */
public abstract class BrowserJourney extends DeployedShop {

    private Browsers.Session browser;
    private final List<String> expectedErrors = new ArrayList<>();
    private final List<String> consoleErrors = new ArrayList<>();

    protected WebDriver driver;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.headlessChrome();
        driver = browser.driver();
        expectedErrors.clear();
        consoleErrors.clear();
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        try {
            String name = getClass().getSimpleName() + "-" + test.getTestMethod().map(m -> m.getName()).orElse("test");
            Screenshots.save(driver, name);
            collectConsoleErrors();
        } finally {
            browser.close();
        }
        if (!consoleErrors.isEmpty()) {
            fail("JavaScript console errors: " + String.join("\n", consoleErrors));
        }
    }

    /** The application's URL for a path such as {@code "/search/results.xhtml?q=shoe"}. */
    protected String url(String path) {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1) : base.toString();
        return root + path;
    }

    /** A test that provokes an error on purpose (a 404 page) names the console line it expects. */
    protected void expectConsoleError(String fragment) {
        expectedErrors.add(fragment);
    }

    /** Reads the console so far (the driver hands each entry out once); a page object may call it after each step. */
    protected void collectConsoleErrors() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    && expectedErrors.stream().noneMatch(entry.getMessage()::contains)) {
                consoleErrors.add(entry.getMessage());
            }
        }
    }
}
