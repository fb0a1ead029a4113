package io.vitrine.analytics.api;

import io.vitrine.it.Api;
import io.vitrine.it.DeployedShop;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static io.vitrine.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analytics API on Payara Micro with the demo store: figures agree with an order placed through the shop, one
 * seller never reads another's figures or products, bad input is a 4xx problem.
 */
class AnalyticsApiIT extends DeployedShop {

    static final String SHOPPER = "shopper0001@demo.vitrine.io";

    /** GETs the path, waiting while the first roll-up runs (503 + Retry-After), at most three minutes. */
    Api.Resp ready(Api as, String path) throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (true) {
            Api.Resp r = as.get(path);
            if (r.status() != 503 || System.nanoTime() > deadline) {
                return r;
            }
            assertTrue(r.header("Retry-After").isPresent(), "503 says when to retry");
            Thread.sleep(2000);
        }
    }

    /** Two sellers of the demo store and one in-stock product of each. */
    List<JsonObject> productsOfTwoSellers() {
        List<JsonObject> picked = new ArrayList<>();
        Set<String> sellers = new LinkedHashSet<>();
        // other ITs import products into the same database, and the newest come first: page on to the demo store's
        for (int page = 0; page < 30 && picked.size() < 2; page++) {
            for (JsonValue v : api.get("/api/v1/products?size=100&page=" + page).json().getJsonArray("items")) {
                JsonObject p = v.asJsonObject();
                if (picked.size() < 2 && p.getInt("stock") >= 3 && p.getString("id").startsWith("demo-")
                        && sellers.add(p.getString("sellerId"))) {
                    picked.add(p);
                }
            }
        }
        assertEquals(2, picked.size(), "the demo store has two sellers with stock");
        return picked;
    }

    Api sellerKey(String sellerId) {
        Api.Resp issued = admin.post("/api/v1/admin/api-keys",
                "{\"name\":\"it-analytics-" + sellerId + "\",\"sellerId\":\"" + sellerId + "\",\"admin\":false}");
        assertEquals(201, issued.status(), issued.body());
        return api.withKey(issued.json().getString("key"));
    }

    static BigDecimal money(JsonObject figures, String field) {
        return figures.getJsonNumber(field).bigDecimalValue();
    }

    @Test
    void aPlacedOrderAddsExactlyItsLinesToTheSellersFigures() throws InterruptedException {
        List<JsonObject> two = productsOfTwoSellers();
        JsonObject product = two.get(0);
        String seller = product.getString("sellerId");
        Api owner = sellerKey(seller);
        JsonObject before = ready(owner, "/api/v1/analytics/summary?days=1").json();
        assertEquals(seller, before.getString("seller"), "a seller's key reads its own seller");
        JsonObject shopBefore = ready(admin, "/api/v1/analytics/summary?days=1").json();

        Api.Resp placed = admin.post("/api/v1/orders", "{\"accountId\":\"" + SHOPPER + "\",\"lines\":[{\"productId\":\""
                + product.getString("id") + "\",\"quantity\":2},{\"productId\":\"" + two.get(1).getString("id")
                + "\",\"quantity\":1}]}");
        assertEquals(201, placed.status(), placed.body());
        BigDecimal mine = placed.json().getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("sellerId").equals(seller))
                .map(l -> l.getJsonNumber("total").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal all = placed.json().getJsonNumber("total").bigDecimalValue();

        JsonObject after = owner.get("/api/v1/analytics/summary?days=1").json();
        JsonObject now = after.getJsonObject("current");
        JsonObject then = before.getJsonObject("current");
        assertEquals(0, money(then, "revenue").add(mine).compareTo(money(now, "revenue")),
                "revenue grows by this seller's lines only: " + then + " -> " + now);
        assertEquals(then.getJsonNumber("orders").longValue() + 1, now.getJsonNumber("orders").longValue());
        assertEquals(then.getJsonNumber("units").longValue() + 2, now.getJsonNumber("units").longValue());
        assertEquals(then.getJsonNumber("purchases").longValue() + 1, now.getJsonNumber("purchases").longValue());

        JsonObject shopAfter = admin.get("/api/v1/analytics/summary?days=1").json().getJsonObject("current");
        assertEquals(0, money(shopBefore.getJsonObject("current"), "revenue").add(all).compareTo(money(shopAfter, "revenue")));
        assertEquals(shopBefore.getJsonObject("current").getJsonNumber("orders").longValue() + 1,
                shopAfter.getJsonNumber("orders").longValue(), "an order of two sellers is one order of the shop");

        // the product analysis shows the product's units and the chart data its day
        JsonObject row = owner.get("/api/v1/analytics/products?days=1&size=500&q=" + product.getString("id")).json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals(product.getString("id"), row.getString("productId"));
        assertTrue(row.getJsonNumber("units").longValue() >= 2, row.toString());
        JsonObject dashboard = owner.get("/api/v1/analytics/dashboard?days=7").json();
        assertEquals(7, dashboard.getJsonArray("daily").size());
        JsonObject today = dashboard.getJsonArray("daily").getJsonObject(6);
        assertEquals(0, today.getJsonNumber("revenue").bigDecimalValue().compareTo(money(now, "revenue")), today.toString());
    }

    @Test
    void aSellerNeverSeesAnotherSellersFiguresOrProducts() throws InterruptedException {
        List<JsonObject> two = productsOfTwoSellers();
        String a = two.get(0).getString("sellerId");
        String b = two.get(1).getString("sellerId");
        Api sellerA = sellerKey(a);
        ready(sellerA, "/api/v1/analytics/summary");

        assertProblem(sellerA.get("/api/v1/analytics/summary?seller=" + b), 403);
        assertProblem(sellerA.get("/api/v1/analytics/dashboard?seller=" + b), 403);
        assertProblem(sellerA.get("/api/v1/analytics/products?seller=" + b), 403);

        Set<String> own = new LinkedHashSet<>();
        for (JsonValue v : api.get("/api/v1/products?size=100&seller=" + a).json().getJsonArray("items")) {
            own.add(v.asJsonObject().getString("id"));
        }
        JsonObject page = sellerA.get("/api/v1/analytics/products?days=90&size=500").json();
        assertFalse(page.getJsonArray("items").isEmpty());
        for (JsonValue v : page.getJsonArray("items")) {
            assertTrue(own.contains(v.asJsonObject().getString("productId")) || own.size() == 100,
                    "only " + a + "'s products: " + v);
        }
        JsonObject dashboard = sellerA.get("/api/v1/analytics/dashboard?days=180").json();
        for (String list : List.of("topProducts", "leastPopular")) {
            for (JsonValue v : dashboard.getJsonArray(list)) {
                String id = v.asJsonObject().getString("productId");
                assertEquals(a, api.get("/api/v1/products/" + id).json().getString("sellerId"), list + " " + id);
            }
        }
        // the admin may read either seller, and the shop
        assertEquals(b, admin.get("/api/v1/analytics/summary?seller=" + b).json().getString("seller"));
        assertFalse(admin.get("/api/v1/analytics/summary").json().containsKey("seller")
                && !admin.get("/api/v1/analytics/summary").json().isNull("seller"), "the shop has no seller");
    }

    @Test
    void badInputIsAProblemNeverAStackTrace() throws InterruptedException {
        ready(admin, "/api/v1/analytics/summary");
        assertProblem(api.get("/api/v1/analytics/summary"), 401);
        assertProblem(admin.get("/api/v1/analytics/summary?days=0"), 400);
        assertProblem(admin.get("/api/v1/analytics/summary?days=100000"), 400);
        assertProblem(admin.get("/api/v1/analytics/summary?days=x"), 400);
        assertProblem(admin.get("/api/v1/analytics/summary?from=2026-11-01"), 400);
        assertProblem(admin.get("/api/v1/analytics/summary?from=2026-11-30&to=2026-11-01"), 400);
        assertProblem(admin.get("/api/v1/analytics/summary?from=2026-13-45&to=2026-12-01"), 400);
        assertProblem(admin.get("/api/v1/analytics/summary?from=2026-11-01&to=2026-11-30&days=7"), 400);
        assertProblem(admin.get("/api/v1/analytics/summary?seller=NOT%20A%20SELLER"), 400);
        assertProblem(admin.get("/api/v1/analytics/products?sort=bogus"), 400);
        assertProblem(admin.get("/api/v1/analytics/products?size=100000"), 400);
        assertProblem(admin.get("/api/v1/analytics/products?page=-1"), 400);
        JsonObject custom = admin.get("/api/v1/analytics/summary?from=2026-01-01&to=2026-01-31").json();
        assertEquals(31, custom.getJsonObject("period").getInt("days"));
        assertEquals("2025-12-01", custom.getJsonObject("previousPeriod").getString("from"));
        String openapi = api.serverRoot().get("/openapi").body();
        assertTrue(openapi.contains("/v1/analytics/summary") || openapi.contains("/api/v1/analytics/summary"), "OpenAPI lists analytics");
    }
}
