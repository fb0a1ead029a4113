package io.vitrine.customer.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** Page objects of the account journey: log-in, the admin's accounts page, the invitation page. */
public final class AccountPages {

    private AccountPages() {
    }

    public static FluentWait<WebDriver> patiently(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    static void ajax(WebDriver driver) {
        patiently(driver).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** The log-in form; waits until the shop shows the log-out link. */
    public static void logIn(WebDriver driver, String base, String email, String password) {
        if (!driver.getCurrentUrl().contains("/login.xhtml")) {
            driver.get(base + "/login.xhtml");
        }
        patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("login:email"))).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("account:logout")));
    }

    public static void logOut(WebDriver driver) {
        driver.findElement(By.id("account:logout")).click();
        patiently(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("account:logout")));
    }

    /** {@code /admin/accounts.xhtml}: invites and returns the link shown. */
    public static String invite(WebDriver driver, String base, String email) {
        driver.get(base + "/admin/accounts.xhtml");
        patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("accounts:inviteEmail"))).sendKeys(email);
        click(driver, driver.findElement(By.id("accounts:invite")));
        ajax(driver);
        return patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("accounts:issuedLink"))).getDomProperty("value");
    }

    /** The text of the staff table (who is listed, with role and state). */
    public static String staffTable(WebDriver driver) {
        return driver.findElement(By.id("accounts:staff")).getText();
    }

    /** Opens an invitation link and fills the seller's form; the shop then shows the log-in page. */
    public static void acceptAsSeller(WebDriver driver, String link, String shopName, String password, String country, String address) {
        driver.get(link);
        patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("invitation:name"))).sendKeys(shopName);
        driver.findElement(By.id("invitation:password")).sendKeys(password);
        driver.findElement(By.id("invitation:country")).sendKeys(country);
        driver.findElement(By.id("invitation:returnAddress")).sendKeys(address);
        driver.findElement(By.id("invitation:submit")).click();
        patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("login:email")));
    }

    /** {@code /seller/keys.xhtml} or {@code /admin/keys.xhtml}: creates a key with one scope and returns its secret. */
    public static String createKey(WebDriver driver, String base, String page, String name, String scope) {
        driver.get(base + page);
        patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("keys:name"))).sendKeys(name);
        driver.findElements(By.cssSelector("#keys\\:scopes label")).stream().filter(l -> l.getText().equals(scope))
                .findFirst().orElseThrow(() -> new AssertionError("no scope " + scope)).click();
        click(driver, driver.findElement(By.id("keys:create")));
        ajax(driver);
        return patiently(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("keys:secret"))).getDomProperty("value");
    }

    /** The names of the keys listed, with their last use. */
    public static String keysTable(WebDriver driver) {
        return driver.findElement(By.id("keys:list")).getText();
    }

    /** Revokes the first key listed with this name. */
    public static void revokeKey(WebDriver driver, String name) {
        org.openqa.selenium.WebElement revoke = driver.findElements(By.cssSelector("#keys\\:list tbody tr")).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElseThrow()
                .findElement(By.cssSelector(".vt-revoke"));
        click(driver, revoke);
        ajax(driver);
        patiently(driver).until(d -> !keysTable(d).contains(name));
    }

    /** Clicks once the element is scrolled to the middle of the window, clear of the chat widget at the bottom. */
    static void click(WebDriver driver, org.openqa.selenium.WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        patiently(driver).until(ExpectedConditions.elementToBeClickable(element)).click();
    }
}
