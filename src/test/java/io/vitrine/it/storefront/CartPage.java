package io.vitrine.it.storefront;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.List;

/** The cart and its checkout button. */
public final class CartPage extends ShopPage {

    CartPage(WebDriver driver) {
        super(driver);
    }

    public List<String> productIds() {
        return driver.findElements(By.cssSelector("#lines tbody tr")).stream().map(r -> r.getAttribute("data-product")).toList();
    }

    public String total() {
        return driver.findElement(By.id("total")).getText();
    }

    /** Anonymous shoppers land on the log-in page, logged-in ones on their order history. */
    public void checkout() {
        driver.findElement(By.id("cartForm:checkout")).click();
    }

    public LoginPage checkoutAnonymously() {
        checkout();
        return new LoginPage(driver);
    }

    public OrderHistoryPage placeOrder() {
        checkout();
        return new OrderHistoryPage(driver);
    }
}
