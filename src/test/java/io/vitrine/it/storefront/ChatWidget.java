package io.vitrine.it.storefront;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** The chat assistant's widget at the foot of every page (feature/chat): a panel to open, a box, the conversation. */
public final class ChatWidget {

    private final WebDriver driver;

    ChatWidget(WebDriver driver) {
        this.driver = driver;
    }

    public static boolean isOn(WebDriver driver) {
        return !driver.findElements(By.id("vt-chat")).isEmpty();
    }

    public ChatWidget open() {
        WebElement panel = driver.findElement(By.id("vt-chat"));
        if (panel.getAttribute("open") == null) {
            panel.findElement(By.tagName("summary")).click();
        }
        return this;
    }

    /** Sends the question and waits for the assistant's answer to appear below it. */
    public ChatWidget ask(String question) {
        int before = answers().size();
        WebElement box = driver.findElement(By.id("chat:message"));
        box.clear();
        box.sendKeys(question);
        driver.findElement(By.id("chat:send")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> answers().size() > before);
        return this;
    }

    /** The conversation's lines, the shopper's and the assistant's, oldest first (the greeting excluded). */
    public List<String> lines() {
        return driver.findElements(By.cssSelector("#vt-chat div.vt-chat-line")).stream().map(WebElement::getText).toList();
    }

    public List<String> answers() {
        return driver.findElements(By.cssSelector("#vt-chat div.vt-chat-line.bot")).stream().map(WebElement::getText).toList();
    }
}
