package io.vitrine.platform.admin;

import io.vitrine.it.Api;
import io.vitrine.it.DeployedShop;

import static io.vitrine.it.ProblemAssertions.assertProblem;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.URI;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Admin imports of the shared public samples, and the REST API used by a seller logged in through the web form. */
class AdminAndLoginIT extends DeployedShop {

    static final Path DATASETS = Path.of("..", "shared", "datasets").toAbsolutePath().normalize();

    @Test
    void importsTheFlipkartSampleOnceAndReportsBadRowsByLine() {
        Path csv = DATASETS.resolve("flipkart-1050/flipkart_com-ecommerce_sample_1050.csv");
        Assumptions.assumeTrue(Files.isRegularFile(csv), "shared datasets not present");
        String body = "{\"kind\":\"flipkart\",\"path\":\"" + csv + "\"}";
        long before = api.get("/api/v1/products?size=1").json().getJsonNumber("total").longValue();

        Api.Resp first = admin.post("/api/v1/admin/imports", body);
        assertEquals(202, first.status(), first.body());
        JsonObject report = finished(first);
        long imported = report.getJsonNumber("imported").longValue() + report.getJsonNumber("updated").longValue()
                + report.getJsonNumber("skippedDuplicates").longValue();
        assertTrue(imported >= 1000, report.toString());
        String errors = admin.get(report.getString("errors").replaceFirst("^.*?/api/", "/api/")).body();
        errors.lines().skip(1).forEach(e -> assertTrue(Long.parseLong(e.substring(0, e.indexOf(','))) > 1, e));
        long after = api.get("/api/v1/products?size=1").json().getJsonNumber("total").longValue();
        assertTrue(after >= before + 1000 || report.getJsonNumber("imported").longValue() == 0, before + " -> " + after);

        JsonObject again = finished(admin.post("/api/v1/admin/imports", body));
        assertEquals(0, again.getJsonNumber("imported").longValue(), again.toString());
        assertEquals(after, api.get("/api/v1/products?size=1").json().getJsonNumber("total").longValue(), "no duplicates");
        JsonObject imported1 = api.get("/api/v1/products?seller=flipkart-import&size=1").json();
        assertTrue(imported1.getJsonNumber("total").longValue() >= 1000);

        // imports announce their products like the seller API does, so search finds them without a restart
        JsonObject product = imported1.getJsonArray("items").getJsonObject(0);
        String name = product.getJsonObject("name").getString("en");
        Api.Resp found = searchWhenReady("/api/v1/search?size=10&q=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertEquals(200, found.status(), found.body());
        assertTrue(found.json().getJsonArray("hits").stream().anyMatch(h -> h.asJsonObject().getString("id").equals(product.getString("id"))),
                "imported product " + product.getString("id") + " is searchable: " + found.body());
    }

    /** Imports run as jobs: the 202's Location is read until the job is done; its last state. */
    private JsonObject finished(Api.Resp accepted) {
        String job = accepted.header("Location").orElseThrow().replaceFirst("^.*?/api/", "/api/");
        JsonObject state = accepted.json();
        for (int i = 0; i < 600 && !state.getString("state").equals("done") && !state.getString("state").equals("failed"); i++) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            state = admin.get(job).json();
        }
        assertEquals("done", state.getString("state"), state.toString());
        return state;
    }

    private Api.Resp searchWhenReady(String path) {
        Api.Resp r = api.get(path);
        for (int i = 0; i < 60 && r.status() == 503; i++) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            r = api.get(path);
        }
        return r;
    }

    @Test
    void importsAreForAdminsAndNeedAReadableSource() {
        assertProblem(api.post("/api/v1/admin/imports", "{\"kind\":\"flipkart\",\"path\":\"/tmp\"}"), 401);
        assertProblem(admin.post("/api/v1/admin/imports", "{\"kind\":\"excel\",\"path\":\"/tmp/x\"}"), 400);
        assertProblem(admin.post("/api/v1/admin/imports", "{\"kind\":\"movielens\",\"path\":\"/no/such/file-" + UUID.randomUUID() + "\"}"), 400);
        assertProblem(admin.post("/api/v1/admin/imports", "{\"kind\":\"jsonl\"}"), 400);
        String key = admin.post("/api/v1/admin/api-keys", "{\"name\":\"partner\"}").json().getString("key");
        assertProblem(api.withKey(key).post("/api/v1/admin/imports", "{\"kind\":\"flipkart\",\"path\":\"/tmp\"}"), 403);
        assertProblem(admin.post("/api/v1/admin/api-keys", "{\"name\":\"\"}"), 400);
        assertProblem(admin.post("/api/v1/admin/api-keys", "{\"name\":\"x\",\"sellerId\":\"no-such-seller\"}"), 400);
    }

    @Test
    void aSellerLoggedInThroughTheWebFormManagesOnlyItsOwnProducts() throws Exception {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String root = base.toString().replaceAll("/$", "");

        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(root + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, form.statusCode());
        String viewState = field(form.body(), "jakarta.faces.ViewState");
        HttpResponse<String> wrong = browser.send(post(root + "/login.xhtml", "login=login&login%3Aemail=seller01%40demo.vitrine.io"
                + "&login%3Apassword=wrong&login%3Asubmit=&jakarta.faces.ViewState=" + enc(viewState)), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("Wrong e-mail or password"), "the form says why");

        viewState = field(wrong.body(), "jakarta.faces.ViewState");
        HttpResponse<String> ok = browser.send(post(root + "/login.xhtml", "login=login&login%3Aemail=seller01%40demo.vitrine.io"
                + "&login%3Apassword=vitrine-demo&login%3Asubmit=&jakarta.faces.ViewState=" + enc(viewState)), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, ok.statusCode(), ok.body());

        JsonObject category = api.get("/api/v1/categories").jsonArray().getJsonObject(0);
        String id = "web-" + UUID.randomUUID().toString().substring(0, 8);
        String product = "{\"id\":\"" + id + "\",\"name\":{\"en\":\"Seller lamp\"},\"category\":\"" + category.getString("id")
                + "\",\"subCategory\":\"" + category.getJsonArray("subCategories").getJsonObject(0).getString("id")
                + "\",\"price\":12.5,\"stock\":3}";
        HttpResponse<String> created = browser.send(HttpRequest.newBuilder(URI.create(root + "/api/v1/products"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(product)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        String ownSeller = api.get("/api/v1/products/" + id).json().getString("sellerId");

        String othersProduct = api.get("/api/v1/products?size=100").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(p -> !p.getString("sellerId").equals(ownSeller)).findFirst().orElseThrow()
                .getString("id");
        HttpResponse<String> denied = browser.send(HttpRequest.newBuilder(URI.create(root + "/api/v1/products/" + othersProduct))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, denied.statusCode(), denied.body());
        assertEquals(204, browser.send(HttpRequest.newBuilder(URI.create(root + "/api/v1/products/" + id)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    private static HttpRequest post(String url, String form) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "no " + name + " in the page");
        return m.group(1).replace("&#58;", ":");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
