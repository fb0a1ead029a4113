package io.vitrine.order.api;

import io.vitrine.it.Api;
import io.vitrine.it.DeployedShop;
import io.vitrine.platform.security.AccessRules;
import io.vitrine.platform.security.Rule;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

import static io.vitrine.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events, orders and the operational endpoints (health, OpenAPI, metrics, first page) on Payara Micro. */
class EventsAndOrdersApiIT extends DeployedShop {

    static final String SHOPPER = "shopper0001@demo.vitrine.io";

    @Test
    void eventsAreStoredOnceEvenWhenRetried() {
        String product = productInStock().getString("id");
        String one = "{\"type\":\"view\",\"userId\":\"anon:it-" + UUID.randomUUID() + "\",\"productId\":\"" + product
                + "\",\"source\":\"recommendation:similar\"}";
        Api.Resp single = admin.post("/api/v1/events", one);
        assertEquals(202, single.status(), single.body());
        assertEquals(1, single.json().getInt("accepted"));

        String batch = IntStream.range(0, 3).mapToObj(i -> "{\"type\":\"" + (i == 2 ? "rating" : "add-to-cart")
                        + "\",\"userId\":\"" + SHOPPER + "\",\"productId\":\"" + product + "\"" + (i == 2 ? ",\"rating\":4" : "") + "}")
                .collect(Collectors.joining(",", "[", "]"));
        String key = "retry-" + UUID.randomUUID();
        JsonObject first = admin.postWithHeader("/api/v1/events", batch, "Idempotency-Key", key).json();
        assertEquals(3, first.getInt("accepted"));
        JsonObject retry = admin.postWithHeader("/api/v1/events", batch, "Idempotency-Key", key).json();
        assertEquals(0, retry.getInt("accepted"));
        assertEquals(3, retry.getInt("duplicates"));

        String withId = "{\"id\":\"evt-" + UUID.randomUUID() + "\",\"type\":\"like\",\"userId\":\"" + SHOPPER + "\",\"productId\":\"" + product + "\"}";
        assertEquals(1, admin.post("/api/v1/events", withId).json().getInt("accepted"));
        assertEquals(1, admin.post("/api/v1/events", withId).json().getInt("duplicates"));
    }

    @Test
    void badEventsAreRefusedAndNothingIsLost() {
        String product = productInStock().getString("id");
        assertProblem(api.post("/api/v1/events", "{\"type\":\"view\",\"userId\":\"u\",\"productId\":\"" + product + "\"}"), 401);
        assertProblem(admin.post("/api/v1/events", "{\"type\":\"teleport\",\"userId\":\"u\",\"productId\":\"" + product + "\"}"), 400);
        assertProblem(admin.post("/api/v1/events", "{\"type\":\"rating\",\"userId\":\"u\",\"productId\":\"" + product + "\",\"rating\":7}"), 400);
        assertProblem(admin.post("/api/v1/events", "{\"type\":\"view\",\"userId\":\"u\",\"productId\":\"no-such-product\"}"), 400);
        assertProblem(admin.post("/api/v1/events", "{\"type\":\"view\",\"userId\":\"u\",\"productId\":\"" + product
                + "\",\"timestamp\":\"2999-01-01T00:00:00Z\"}"), 400);
        assertProblem(admin.post("/api/v1/events", "[]"), 400);
        assertProblem(admin.post("/api/v1/events", "[{\"type\":"), 400);
        assertProblem(admin.post("/api/v1/events", "42"), 400);
        String tooMany = IntStream.range(0, 1001).mapToObj(i -> "{\"type\":\"view\",\"userId\":\"u\",\"productId\":\"" + product + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        assertProblem(admin.post("/api/v1/events", tooMany), 413);

        // a batch with one bad event is refused whole, so a partner can fix it and resend without duplicates
        String mixed = "[{\"type\":\"view\",\"userId\":\"mixed\",\"productId\":\"" + product + "\"},"
                + "{\"type\":\"view\",\"userId\":\"mixed\",\"productId\":\"missing-one\"}]";
        assertProblem(admin.postWithHeader("/api/v1/events", mixed, "Idempotency-Key", "mixed-1"), 400);
    }

    @Test
    void placesAnOrderAndTakesTheUnitsOutOfStock() {
        JsonObject product = productInStock();
        String id = product.getString("id");
        int stock = product.getInt("stock");

        Api.Resp placed = admin.post("/api/v1/orders",
                "{\"accountId\":\"" + SHOPPER + "\",\"lines\":[{\"productId\":\"" + id + "\",\"quantity\":1}]}");
        assertEquals(201, placed.status(), placed.body());
        JsonObject order = placed.json();
        String number = order.getString("number");
        assertTrue(number.matches("VT-\\d{8}"), number);
        assertEquals("placed", order.getString("status"));
        assertEquals(0, product.getJsonNumber("price").bigDecimalValue().compareTo(order.getJsonNumber("total").bigDecimalValue()));
        assertEquals(stock - 1, api.get("/api/v1/products/" + id).json().getInt("stock"));

        assertEquals(number, admin.get("/api/v1/orders/" + number).json().getString("number"));
        // the shopper is named by an opaque id, never the e-mail, in URLs and answers
        String shopper = shopperId(SHOPPER);
        assertEquals(shopper, order.getString("accountId"));
        assertFalse(placed.body().contains("@"), placed.body());
        boolean listed = admin.get("/api/v1/orders?account=" + shopper + "&size=100").json().getJsonArray("items").stream()
                .anyMatch(o -> o.asJsonObject().getString("number").equals(number));
        assertTrue(listed);
    }

    @Test
    void anIdempotencyKeyPlacesOneOrderHoweverOftenSent() {
        JsonObject product = productInStock();
        String id = product.getString("id");
        int stock = product.getInt("stock");
        String body = "{\"accountId\":\"" + SHOPPER + "\",\"lines\":[{\"productId\":\"" + id + "\",\"quantity\":1}]}";
        String key = "it-" + java.util.UUID.randomUUID();

        Api.Resp first = admin.postWithHeader("/api/v1/orders", body, "Idempotency-Key", key);
        assertEquals(201, first.status(), first.body());
        Api.Resp again = admin.postWithHeader("/api/v1/orders", body, "Idempotency-Key", key);
        assertEquals(201, again.status(), again.body());
        assertEquals(first.json().getString("number"), again.json().getString("number"));
        assertEquals("true", again.header("Idempotent-Replayed").orElse(""));
        assertEquals(stock - 1, api.get("/api/v1/products/" + id).json().getInt("stock"), "stock taken once");

        assertProblem(admin.postWithHeader("/api/v1/orders", body.replace("\"quantity\":1", "\"quantity\":2"),
                "Idempotency-Key", key), 422);
        assertProblem(admin.postWithHeader("/api/v1/orders", body, "Idempotency-Key", "has spaces in it"), 400);
    }

    @Test
    void concurrentOrdersNeverOversell() throws Exception {
        JsonObject product = api.get("/api/v1/products?size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getInt("stock") >= 9).findFirst().orElseThrow();
        String id = product.getString("id");
        int stock = product.getInt("stock");
        int each = Math.min(99, stock / 3);   // exactly three orders of this size fit when each >= 3 (stock < 4 * each)
        String body = "{\"accountId\":\"" + SHOPPER + "\",\"lines\":[{\"productId\":\"" + id + "\",\"quantity\":" + each + "}]}";

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Api.Resp>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> admin.post("/api/v1/orders", body)));
            }
            int placed = 0;
            for (Future<Api.Resp> answer : answers) {
                Api.Resp resp = answer.get(120, TimeUnit.SECONDS);
                if (resp.status() == 201) {
                    placed++;
                } else {
                    assertProblem(resp, 409);
                }
            }
            int expected = Math.min(6, stock / each);
            assertEquals(expected, placed, "orders placed for " + stock + " units, " + each + " each");
            assertEquals(stock - expected * each, api.get("/api/v1/products/" + id).json().getInt("stock"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ordersThatCannotBeServedAreRefused() {
        JsonObject product = productInStock();
        String id = product.getString("id");
        int stock = product.getInt("stock");
        Api.Resp tooMany = admin.post("/api/v1/orders", "{\"accountId\":\"" + SHOPPER + "\",\"lines\":[{\"productId\":\""
                + id + "\",\"quantity\":" + Math.min(99, stock + 1) + "}]}");
        if (stock + 1 <= 99) {
            assertProblem(tooMany, 409);
            assertEquals(stock, api.get("/api/v1/products/" + id).json().getInt("stock"), "stock unchanged");
        }
        assertProblem(admin.post("/api/v1/orders", "{\"accountId\":\"" + SHOPPER + "\",\"lines\":[{\"productId\":\"nope\",\"quantity\":1}]}"), 400);
        assertProblem(admin.post("/api/v1/orders", "{\"accountId\":\"" + SHOPPER + "\",\"lines\":[]}"), 400);
        assertProblem(admin.post("/api/v1/orders", "{\"accountId\":\"nobody@example.com\",\"lines\":[{\"productId\":\"" + id + "\",\"quantity\":1}]}"), 400);
        assertProblem(admin.post("/api/v1/orders", "{\"accountId\":\"" + SHOPPER + "\",\"lines\":[{\"productId\":\"" + id + "\",\"quantity\":0}]}"), 400);
        assertProblem(api.post("/api/v1/orders", "{}"), 401);
        assertProblem(admin.get("/api/v1/orders/VT-00000000"), 404);
        assertProblem(admin.get("/api/v1/orders/12"), 400);
        assertProblem(admin.get("/api/v1/orders"), 400);
    }

    @Test
    void operationalEndpointsWork() {
        Api server = api.serverRoot();
        Api.Resp ready = server.get("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("\"UP\"") && ready.body().contains("mongodb"), ready.body());
        // ND4J comes from Payara's addLibs, not the WAR (which must not embed the native library)
        assertTrue(ready.body().contains("\"nd4j\"") && ready.body().contains("server (addLibs)"), ready.body());

        Api.Resp openapi = server.get("/openapi");
        assertEquals(200, openapi.status());
        for (String path : new String[]{"/v1/products", "/v1/products/{id}", "/v1/categories", "/v1/events", "/v1/orders",
                "/v1/images/", "/v1/admin/api-keys"}) {
            assertTrue(openapi.body().contains(path), "OpenAPI documents " + path);
        }
        assertSecurityAsTheTableSays(server.get("/openapi?format=JSON", "Accept", "application/json").json());
        assertEquals(200, server.get("/metrics").status());
    }

    /**
     * Admin operations carry the admin tag and the apiKey requirement (AdminOpenApi derives them from AccessRules); of
     * the others exactly those annotated with it: orders, product writes, event recording and merchandising rules.
     */
    private static void assertSecurityAsTheTableSays(JsonObject doc) {
        Set<String> annotated = Set.of("OrderResource#list", "OrderResource#get", "OrderResource#place",
                "ProductResource#create", "ProductResource#update", "ProductResource#delete", "ProductResource#addImage",
                "EventResource#record", "MerchandisingResource#list", "MerchandisingResource#get",
                "MerchandisingResource#create", "MerchandisingResource#update", "MerchandisingResource#delete",
                "MerchandisingResource#preview", "MerchandisingResource#changes");
        int admin = 0;
        for (var path : doc.getJsonObject("paths").entrySet()) {
            for (var op : path.getValue().asJsonObject().entrySet()) {
                var row = AccessRules.at(op.getKey(), path.getKey());
                if (row.isEmpty() || !(op.getValue() instanceof JsonObject operation)) {
                    continue;
                }
                boolean isAdmin = row.get().rule().equals(Rule.admin());
                String security = String.valueOf(operation.get("security"));
                if (isAdmin) {
                    admin++;
                    assertEquals("[\"admin\"]", String.valueOf(operation.get("tags")), row.get().key());
                }
                assertEquals(isAdmin || annotated.contains(row.get().key()) ? "[{\"apiKey\":[]}]" : "null", security,
                        row.get().key() + " at " + path.getKey());
            }
        }
        assertTrue(admin >= 15, "the admin operations are documented: " + admin);
    }

    @Test
    void theFirstPageShowsTheShop() {
        Api.Resp home = api.get("/");
        assertEquals(200, home.status());
        assertTrue(home.body().contains("Vitrine"));
        // a demo category: other tests may import catalogues without photos, which then list first
        Api.Resp watches = api.get("/catalog/browse.xhtml?category=watches-jewellery");
        assertTrue(watches.body().contains("/api/v1/images/"), "product photos on the page");
        assertTrue(watches.body().contains("Watches &amp; jewellery"), "the category is the heading");
        Api.Resp french = api.get("/index.xhtml", "Accept-Language", "fr-FR");
        assertTrue(french.body().contains("Bienvenue chez Vitrine"), "French for a French browser");
        Api.Resp missing = api.get("/no-such-page.xhtml");
        assertEquals(404, missing.status());
        assertFalse(missing.body().contains("\tat ") || missing.body().contains("Caused by"), "no stack trace");
        assertTrue(missing.body().contains("Page not found"));
    }

    private JsonObject productInStock() {
        return api.get("/api/v1/products?size=100").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getInt("stock") >= 5).findFirst().orElseThrow();
    }

}
