package io.vitrine.analytics.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** The shop's log-in form. */
public final class LoginPage {

    public static final String PASSWORD = "vitrine-demo";

    private final WebDriver driver;

    private LoginPage(WebDriver driver) {
        this.driver = driver;
    }

    public static LoginPage open(WebDriver driver, String base) {
        driver.get(base + "/login.xhtml");
        return new LoginPage(driver);
    }

    /** Logs in and waits until the shop shows who is logged in. */
    public void as(String email) {
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("account:logout")));
    }
}
