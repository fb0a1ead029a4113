package io.vitrine.merchandising;

import io.vitrine.analytics.web.pages.LoginPage;
import io.vitrine.it.Api;
import io.vitrine.it.browser.BrowserJourney;
import io.vitrine.it.browser.Screenshots;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.vitrine.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Merchandising rules on Payara Micro: through REST (pins in a query's results and on a shelf preview, an exclusion
 * from recommendations, refusals with problem+json, a seller limited to its own products, the history) and through
 * the admin page in headless Chromium (a pin that shows on the category shelf and a brand boost that shows in the
 * search results). Every rule a test makes is deleted after it: the data folder outlives the deployment.
 */
class MerchandisingIT extends BrowserJourney {

    static final String ADMIN = "admin@demo.vitrine.io";
    private final List<String> made = new ArrayList<>();

    /** The search index is built after deployment: until then searches answer 503. */
    @org.junit.jupiter.api.BeforeEach
    void awaitSearch() throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        Api.Resp r = api.get("/api/v1/search?q=sneakers");
        while (r.status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(2000);
            r = api.get("/api/v1/search?q=sneakers");
        }
        assertEquals(200, r.status(), r.body());
    }

    @AfterEach
    void deleteRules() {
        made.forEach(id -> admin.delete("/api/v1/merchandising/rules/" + id));
        made.clear();
    }

    private String create(Api client, String json) {
        Api.Resp r = client.post("/api/v1/merchandising/rules", json);
        assertEquals(201, r.status(), r.body());
        assertTrue(r.header("Location").orElseThrow().endsWith("/api/v1/merchandising/rules/" + r.json().getString("id")));
        made.add(r.json().getString("id"));
        return r.json().getString("id");
    }

    private List<String> searchIds(String q) {
        return api.get("/api/v1/search?size=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).json().getJsonArray("hits")
                .stream().map(h -> h.asJsonObject().getString("id")).toList();
    }

    /** A category and sub-category with at least three products, and its products newest first. */
    private String[] shelf() {
        for (JsonValue c : api.get("/api/v1/categories").jsonArray()) {
            for (JsonValue s : c.asJsonObject().getJsonArray("subCategories")) {
                String cat = c.asJsonObject().getString("id");
                String sub = s.asJsonObject().getString("id");
                JsonArray items = api.get("/api/v1/products?size=20&category=" + cat + "&subCategory=" + sub).json().getJsonArray("items");
                List<String> inStock = items.stream().map(JsonValue::asJsonObject).filter(p -> p.getInt("stock") > 0)
                        .map(p -> p.getString("id")).toList();
                if (inStock.size() >= 3) {
                    return new String[]{cat, sub, inStock.get(inStock.size() - 1)};
                }
            }
        }
        throw new AssertionError("no shelf with three products in stock");
    }

    @Test
    void pinsExclusionsRefusalsAndHistoryOverRest() throws InterruptedException {
        // a pin in a query's results: the fifth hit becomes the first, for the same query written otherwise
        List<String> before = searchIds("sneakers");
        assertTrue(before.size() >= 5, before.toString());
        String fifth = before.get(4);
        String pin = create(admin, "{\"action\":\"PIN\",\"placement\":\"QUERY\",\"query\":\"Sneakers\",\"product\":\"" + fifth
                + "\",\"position\":1,\"note\":\"winter campaign\"}");
        assertEquals(fifth, searchIds("sneakers").get(0));
        assertEquals(fifth, searchIds("  SNEAKERS! ").get(0), "queries compare normalised");
        assertEquals(before.get(0), searchIds("sneakers").get(1));
        JsonObject stored = admin.get("/api/v1/merchandising/rules/" + pin).json();
        assertEquals("PIN product " + fifth + " at 1 in results of 'sneakers'", stored.getString("description"));
        assertEquals("winter campaign", stored.getJsonObject("rule").getString("note"));

        // a shelf preview with a draft rule: nothing saved, the draft's product first
        String[] shelf = shelf();
        Api.Resp preview = admin.post("/api/v1/merchandising/preview", "{\"kind\":\"SHELF\",\"category\":\"" + shelf[0]
                + "\",\"subCategory\":\"" + shelf[1] + "\",\"draft\":{\"action\":\"PIN\",\"placement\":\"SHELF\",\"category\":\""
                + shelf[0] + "\",\"subCategory\":\"" + shelf[1] + "\",\"product\":\"" + shelf[2] + "\",\"position\":1}}");
        assertEquals(200, preview.status(), preview.body());
        assertEquals(shelf[2], preview.json().getJsonArray("withDraft").getJsonObject(0).getString("id"));
        assertFalse(preview.json().getJsonArray("now").getJsonObject(0).getString("id").equals(shelf[2]), "not saved");
        assertEquals(1, admin.get("/api/v1/merchandising/rules").jsonArray().stream()
                .filter(r -> r.asJsonObject().getString("id").equals(pin)).count());

        // an exclusion from recommendation lists
        JsonArray popular = waitForModel("/api/v1/popular?n=10");
        String top = popular.getJsonObject(0).getString("productId");
        create(admin, "{\"action\":\"EXCLUDE\",\"placement\":\"RECOMMENDATIONS\",\"product\":\"" + top + "\"}");
        JsonArray after = admin.get("/api/v1/popular?n=10").json().getJsonArray("items");
        assertTrue(after.stream().noneMatch(i -> i.asJsonObject().getString("productId").equals(top)), after.toString());
        assertEquals(10, after.size(), "the list stays full");

        // refusals: problem+json that says which field
        assertProblem(admin.post("/api/v1/merchandising/rules", "{\"action\":\"FLY\",\"placement\":\"SHELF\"}"), 400);
        assertProblem(admin.post("/api/v1/merchandising/rules", "{\"action\":\"PIN\",\"placement\":\"RECOMMENDATIONS\",\"product\":\"" + top + "\",\"position\":1}"), 400);
        assertProblem(admin.post("/api/v1/merchandising/rules", "{\"action\":\"PIN\",\"placement\":\"QUERY\",\"query\":\"x\",\"product\":\"" + top + "\",\"position\":0}"), 400);
        assertProblem(admin.post("/api/v1/merchandising/rules", "{\"action\":\"BOOST\",\"placement\":\"SHELF\",\"category\":\"no-such-category\",\"brand\":\"x\"}"), 400);
        assertProblem(admin.post("/api/v1/merchandising/rules", "{\"action\":\"BOOST\",\"placement\":\"EVERYWHERE\"}"), 400);
        assertProblem(admin.post("/api/v1/merchandising/rules", "{\"action\":\"BOOST\",\"placement\":\"EVERYWHERE\",\"brand\":\"x\",\"strength\":50}"), 400);
        assertProblem(admin.post("/api/v1/merchandising/rules", "not json"), 400);
        assertProblem(api.post("/api/v1/merchandising/rules", "{}"), 401);
        assertProblem(admin.get("/api/v1/merchandising/rules/no-such-rule"), 404);

        // a seller-bound key: its own products only, its own rules only
        String sellerOfTop = api.get("/api/v1/products/" + top).json().getString("sellerId");
        String otherProduct = api.get("/api/v1/products?size=100").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(p -> !p.getString("sellerId").equals(sellerOfTop)).findFirst().orElseThrow().getString("id");
        Api.Resp issued = admin.post("/api/v1/admin/api-keys", "{\"name\":\"merchandising seller\",\"sellerId\":\"" + sellerOfTop + "\"}");
        assertEquals(201, issued.status(), issued.body());
        Api seller = api.withKey(issued.json().getString("key"));
        assertProblem(seller.post("/api/v1/merchandising/rules", "{\"action\":\"PIN\",\"placement\":\"QUERY\",\"query\":\"sneakers\",\"product\":\""
                + otherProduct + "\",\"position\":1}"), 403);
        String own = create(seller, "{\"action\":\"BURY\",\"placement\":\"EVERYWHERE\",\"product\":\"" + top + "\",\"strength\":3}");
        assertEquals(List.of(own), seller.get("/api/v1/merchandising/rules").jsonArray().stream()
                .map(r -> r.asJsonObject().getString("id")).toList(), "a seller lists its own rules only");
        assertEquals(sellerOfTop, seller.get("/api/v1/merchandising/rules/" + own).json().getString("owner"));
        assertProblem(seller.delete("/api/v1/merchandising/rules/" + pin), 404);

        // deleting puts the ranking back (the seller's burial applies everywhere: it goes first), and the history
        // says who did what
        assertEquals(204, seller.delete("/api/v1/merchandising/rules/" + own).status(), "a seller deletes its own rule");
        made.remove(own);
        assertEquals(204, admin.delete("/api/v1/merchandising/rules/" + pin).status());
        made.remove(pin);
        assertEquals(before.get(0), searchIds("sneakers").get(0));
        JsonArray history = admin.get("/api/v1/merchandising/changes?limit=10").jsonArray();
        assertEquals("DELETED", history.getJsonObject(0).getString("change"));
        assertEquals(pin, history.getJsonObject(0).getString("ruleId"));
        assertTrue(history.stream().anyMatch(c -> c.asJsonObject().getString("change").equals("CREATED")
                && c.asJsonObject().getString("ruleId").equals(own)), history.toString());
        assertTrue(history.stream().anyMatch(c -> c.asJsonObject().getString("change").equals("DELETED")
                && c.asJsonObject().getString("ruleId").equals(own)), history.toString());
        assertTrue(seller.get("/api/v1/merchandising/changes").jsonArray().stream()
                .allMatch(c -> c.asJsonObject().getString("owner").equals(sellerOfTop)), "a seller reads its own history only");
    }

    private JsonArray waitForModel(String path) throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (true) {
            Api.Resp r = admin.get(path);
            if (r.status() != 503 || System.nanoTime() > deadline) {
                assertEquals(200, r.status(), r.body());
                return r.json().getJsonArray("items");
            }
            Thread.sleep(2000);
        }
    }

    @Test
    void anAdminPinsOnAShelfAndBoostsABrandInSearchFromThePage() {
        String[] shelf = shelf();
        // a query whose first hit is not of the boosted brand, but one of its next eight hits is
        String query = null;
        String brand = null;
        String boosted = null;
        for (String q : List.of("sneakers", "shirt", "watch", "bag", "lamp", "dress", "phone", "shoes", "jacket", "socks")) {
            JsonArray hits = api.get("/api/v1/search?size=20&q=" + q).json().getJsonArray("hits");
            if (hits.size() < 9) {
                continue;
            }
            String first = brandOf(hits.getJsonObject(0));
            for (int k = 1; k < 9 && boosted == null; k++) {
                String b = brandOf(hits.getJsonObject(k));
                if (!b.isEmpty() && !b.equals(first)) {
                    query = q;
                    brand = b;
                    boosted = hits.getJsonObject(k).getString("id");
                }
            }
            if (boosted != null) {
                break;
            }
        }
        assertTrue(boosted != null, "a query with two brands in its first nine hits");

        LoginPage.open(driver, base()).as(ADMIN);
        try {
            driver.get(url("/admin/merchandising.xhtml"));
            choose("merAction", "PIN");
            choose("merPlacement", "SHELF");
            choose("merCategory", shelf[0]);
            type("rule:subCategory", shelf[1]);
            type("rule:product", shelf[2]);
            press("rule:preview");
            List<WebElement> after = driver.findElements(By.cssSelector("#previewAfter li"));
            assertEquals(shelf[2], after.get(0).getAttribute("data-id"), "the preview shows the pin first");
            assertTrue(after.get(0).getAttribute("class").contains("vt-moved"));
            press("rule:save");
            assertTrue(messages().contains("Rule saved"), messages());
            Screenshots.save(driver, "MerchandisingIT-pin-saved");

            driver.get(url("/catalog/browse.xhtml?category=" + shelf[0] + "&sub=" + shelf[1]));
            String firstCard = driver.findElements(By.cssSelector(".vt-grid a.vt-card-link")).get(0).getAttribute("href");
            assertTrue(firstCard.contains("id=" + shelf[2]), "the pinned product opens the shelf: " + firstCard);
            driver.get(url("/catalog/browse.xhtml?category=" + shelf[0] + "&sub=" + shelf[1] + "&sort=price_asc"));
            Screenshots.save(driver, "MerchandisingIT-shelf");

            driver.get(url("/admin/merchandising.xhtml"));
            choose("merAction", "BOOST");
            choose("merPlacement", "QUERY");
            type("rule:query", query);
            type("rule:brand", brand);
            ((JavascriptExecutor) driver).executeScript("PF('merStrength').setValue(10);");
            press("rule:save");
            assertTrue(messages().contains("Rule saved"), messages());
            List<String> descriptions = driver.findElements(By.cssSelector(".vt-rule")).stream().map(WebElement::getText).toList();
            assertTrue(descriptions.contains("BOOST brand " + brand + " x10.0 in results of '" + query + "'"), descriptions.toString());

            driver.get(url("/search/results.xhtml?q=" + query));
            String firstHit = driver.findElements(By.cssSelector("li.vt-hit")).get(0).getAttribute("data-product");
            assertEquals(boosted, firstHit, "the boosted brand's best hit leads the results");

            // the page in French, and a rule deleted from it
            driver.get(url("/admin/merchandising.xhtml"));
            driver.findElement(By.id("lang:fr")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.tagName("h1")).getText().equals("R\u00e8gles de merchandising"));
            int rules = driver.findElements(By.cssSelector(".vt-delete-rule")).size();
            press(driver.findElements(By.cssSelector(".vt-delete-rule")).get(0));
            assertTrue(messages().contains("R\u00e8gle supprim\u00e9e"), messages());
            assertEquals(rules - 1, driver.findElements(By.cssSelector(".vt-delete-rule")).size());
            Screenshots.save(driver, "MerchandisingIT-rules-fr");
        } finally {
            admin.get("/api/v1/merchandising/rules").jsonArray().forEach(r -> made.add(r.asJsonObject().getString("id")));
        }
    }

    private static String brandOf(JsonObject hit) {
        return hit.isNull("brand") || !hit.containsKey("brand") ? "" : hit.getString("brand");
    }

    private String base() {
        String root = url("");
        return root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    private void choose(String widget, String value) {
        ((JavascriptExecutor) driver).executeScript("PF(arguments[0]).selectValue(arguments[1]);", widget, value);
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void press(String id) {
        press(driver.findElement(By.id(id)));
    }

    private void press(WebElement button) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    private String messages() {
        return driver.findElements(By.cssSelector(".ui-messages")).stream().map(WebElement::getText).reduce("", String::concat);
    }
}
