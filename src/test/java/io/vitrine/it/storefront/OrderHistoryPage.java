package io.vitrine.it.storefront;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/** The logged-in shopper's orders. */
public final class OrderHistoryPage extends ShopPage {

    OrderHistoryPage(WebDriver driver) {
        super(driver);
        waiting().until(ExpectedConditions.urlContains("/order/history.xhtml"));
    }

    public List<String> orderNumbers() {
        return driver.findElements(By.cssSelector("li.vt-order")).stream().map(e -> e.getAttribute("data-order")).toList();
    }

    public String firstOrderText() {
        return driver.findElements(By.cssSelector("li.vt-order")).stream().map(WebElement::getText).findFirst().orElse("");
    }
}
