package io.vitrine.it.storefront;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The log-in form. */
public final class LoginPage extends ShopPage {

    LoginPage(WebDriver driver) {
        super(driver);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login:email")));
    }

    public static LoginPage open(WebDriver driver, String url) {
        driver.get(url);
        return new LoginPage(driver);
    }

    /** Submits the form; the browser ends where the shop sends a logged-in shopper. */
    public void logIn(String email, String password) {
        driver.findElement(By.id("login:email")).sendKeys(email);
        driver.findElement(By.cssSelector("input[type=password]")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/login.xhtml") || !d.findElements(By.cssSelector(".ui-messages-error, .ui-message-error")).isEmpty());
    }
}
