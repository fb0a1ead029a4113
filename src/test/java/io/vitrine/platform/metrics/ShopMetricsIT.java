package io.vitrine.platform.metrics;

import io.vitrine.it.Api;
import io.vitrine.it.DeployedShop;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shop's own figures at {@code /metrics} (Prometheus text): after a popular list, a search that finds nothing
 * and a stored event, their counters have moved; the latency histogram and the model gauges are there.
 */
class ShopMetricsIT extends DeployedShop {

    /** The value of the first sample of {@code name} whose labels contain {@code label} (0 when absent). */
    static double sample(String metrics, String name, String label) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\}\\s+([0-9.eE+-]+)").matcher(metrics);
        while (m.find()) {
            if (m.group(1).contains(label)) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }

    String metrics() {
        Api.Resp r = api.serverRoot().get("/metrics");
        assertEquals(200, r.status(), r.toString());
        return r.body();
    }

    @Test
    void theShopsFiguresMoveWithWhatItServes() throws InterruptedException {
        // search answers 503 until its index is built after deployment
        for (int i = 0; i < 120 && (api.get("/api/v1/search?q=lamp").status() == 503
                || api.get("/api/v1/popular?n=3").status() == 503); i++) {
            Thread.sleep(2000);
        }
        String before = metrics();
        assertEquals(200, api.get("/api/v1/popular?n=3").status());
        assertEquals(200, api.get("/api/v1/search?q=xqzvkwjpqzxvbn").status());
        String product = api.get("/api/v1/products?size=1").json().getJsonArray("items").getJsonObject(0).getString("id");
        Api.Resp event = admin.post("/api/v1/events", "{\"type\":\"view\",\"userId\":\"anon:metrics-it\",\"productId\":\"" + product + "\"}");
        assertEquals(202, event.status(), event.toString());
        String after = metrics();

        assertTrue(sample(after, "vitrine_recommendation_lists_total", "kind=\"popular\"")
                > sample(before, "vitrine_recommendation_lists_total", "kind=\"popular\""), "a popular list counted");
        assertTrue(sample(after, "vitrine_searches_total", "result=\"zero\"")
                > sample(before, "vitrine_searches_total", "result=\"zero\""), "a zero-result search counted");
        assertTrue(after.contains("vitrine_search_latency_ms"), "the latency histogram is published");
        assertTrue(sample(after, "vitrine_events_ingested_total", "") > sample(before, "vitrine_events_ingested_total", ""));
        Thread.sleep(12_000); // past the gauges' second registration, 10 s after start-up
        after = metrics();
        String modelLines = after.lines().filter(l -> l.contains("model")).collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(after.contains("vitrine_model_live_version"), "the model gauges are published; lines naming models:\n"
                + modelLines);
        assertTrue(after.contains("vitrine_model_age_seconds"), modelLines);
    }
}
