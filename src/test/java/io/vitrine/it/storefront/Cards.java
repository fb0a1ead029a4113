package io.vitrine.it.storefront;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

/** Reads product cards as a shopper sees them: the product's name and the reason line under it ("" when none). */
final class Cards {

    private Cards() {
    }

    static List<Map.Entry<String, String>> reasons(List<WebElement> cards) {
        return cards.stream().map(c -> Map.entry(c.findElement(By.cssSelector(".vt-card-title")).getText(),
                c.findElements(By.cssSelector(".vt-card-reason")).stream().map(WebElement::getText).findFirst().orElse(""))).toList();
    }
}
