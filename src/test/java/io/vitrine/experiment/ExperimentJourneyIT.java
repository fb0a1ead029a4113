package io.vitrine.experiment;

import io.vitrine.analytics.web.pages.ExperimentsPage;
import io.vitrine.analytics.web.pages.LoginPage;
import io.vitrine.it.Api;
import io.vitrine.it.browser.BrowserJourney;
import io.vitrine.it.browser.Screenshots;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.vitrine.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The experiment journey on Payara Micro, through REST and through the admin page in headless Chromium: an admin
 * creates an experiment between the live model and a saved version (here the live version itself, read from its file
 * beside it), starts it; anonymous shoppers' lists carry the experiment and a stable variant; clicks sent back with
 * the list's source feed the analysis; the admin stops it (B declared the winner) and promotes B through the model
 * lifecycle. Each test stops its experiment, so the other one can cover the same placements.
 */
class ExperimentJourneyIT extends BrowserJourney {

    static final String ADMIN = "admin@demo.vitrine.io";

    static final int SHOPPERS = 200;

    /** GETs a shopper's list with the admin key, waiting while the first training runs (503), at most three minutes. */
    private Api.Resp list(String shopper) throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (true) {
            Api.Resp r = admin.get("/api/v1/recommendations/users/" + shopper + "?n=5");
            if (r.status() != 503 || System.nanoTime() > deadline) {
                return r;
            }
            Thread.sleep(2000);
        }
    }

    private long liveVersion() {
        return admin.get("/api/v1/admin/models").jsonArray().stream().map(v -> v.asJsonObject())
                .filter(k -> k.getString("kind").equals("shop-blend")).findFirst().orElseThrow()
                .getJsonNumber("liveVersion").longValue();
    }

    /**
     * {@link #SHOPPERS} anonymous shoppers ask for their list: each carries the experiment and the shopper's variant,
     * the same at each request, about half in B; B's shoppers then click nine times in ten, A's one time in ten, and
     * the clicks come back with the list's source. Returns each shopper's variant.
     */
    private Map<String, String> serveAndClick(String id, String prefix) throws InterruptedException {
        // every list carries the experiment and the shopper's variant, the same at each request
        Map<String, String> variants = new HashMap<>();
        Map<String, String> firstItem = new HashMap<>();
        for (int i = 0; i < SHOPPERS; i++) {
            String shopper = prefix + i;
            JsonObject body = list(shopper).json();
            assertEquals(id, body.getString("experiment"), body.toString());
            String variant = body.getString("variant");
            assertTrue(variant.equals("A") || variant.equals("B"), variant);
            variants.put(shopper, variant);
            firstItem.put(shopper, body.getJsonArray("items").getJsonObject(0).getString("productId"));
        }
        for (int i = 0; i < 10; i++) {
            String shopper = prefix + i;
            assertEquals(variants.get(shopper), list(shopper).json().getString("variant"), "stable variant");
            assertEquals(variants.get(shopper), admin.get("/api/v1/admin/experiments/" + id + "/assignment?shopper=" + shopper)
                    .json().getString("variant"));
        }
        long b = variants.values().stream().filter("B"::equals).count();
        assertTrue(b > 60 && b < 140, "about half in B: " + b);

        // B's shoppers click nine times in ten, A's one time in ten: the clicks come back with the list's source
        int n = 0;
        for (Map.Entry<String, String> v : variants.entrySet()) {
            n++;
            boolean clicks = v.getValue().equals("B") ? n % 10 != 0 : n % 10 == 0;
            if (clicks) {
                Api.Resp posted = admin.post("/api/v1/events", "{\"type\":\"click\",\"userId\":\"" + v.getKey() + "\",\"productId\":\""
                        + firstItem.get(v.getKey()) + "\",\"source\":\"recommendation:rest:" + id + ":" + v.getValue() + "\"}");
                assertTrue(posted.status() / 100 == 2, posted.toString());
            }
        }
        return variants;
    }

    @Test
    void createStartServeAttributeStopPromote() throws InterruptedException {
        assertEquals(200, list("anon:it-exp-warmup").status(), "the model serves");
        long live = liveVersion();

        assertProblem(api.post("/api/v1/admin/experiments", "{}"), 401);
        assertProblem(admin.post("/api/v1/admin/experiments", "{\"name\":\"x\",\"candidateVersion\":0}"), 400);
        assertProblem(admin.post("/api/v1/admin/experiments", "{\"name\":\"x\",\"candidateVersion\":1,\"mode\":\"coin\"}"), 400);
        assertProblem(admin.post("/api/v1/admin/experiments", "{\"name\":\"x\",\"candidateVersion\":1,\"placements\":[\"checkout\"]}"), 400);
        assertProblem(admin.post("/api/v1/admin/experiments/exp-999/start", "{}"), 404);

        Api.Resp created = admin.post("/api/v1/admin/experiments", "{\"name\":\"live against its own file\",\"candidateVersion\":"
                + live + ",\"placements\":[\"rest\"],\"baseline\":0.3,\"minimumLift\":1.0}");
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");
        assertTrue(created.header("Location").orElse("").endsWith("/api/v1/admin/experiments/" + id));
        assertEquals("DRAFT", created.json().getString("status"));
        assertEquals("RUNNING", admin.post("/api/v1/admin/experiments/" + id + "/start", "{}").json().getString("status"));
        assertProblem(admin.post("/api/v1/admin/experiments/" + id + "/start", "{}"), 409);

        Map<String, String> variants = serveAndClick(id, "anon:it-exp-");
        JsonObject analysed = admin.get("/api/v1/admin/experiments/" + id).json();
        JsonObject analysis = analysed.getJsonObject("analysis");
        assertEquals(SHOPPERS, analysis.getJsonArray("arms").stream().mapToLong(a -> a.asJsonObject().getJsonNumber("visitors").longValue()).sum(),
                analysis.toString());
        assertEquals("B", analysis.getString("winner"), analysis.toString());
        assertTrue(analysis.getString("verdict").startsWith("B is better than A by"), analysis.getString("verdict"));

        JsonObject stopped = admin.post("/api/v1/admin/experiments/" + id + "/stop", "{\"reason\":\"clear enough\"}").json();
        assertEquals("STOPPED", stopped.getString("status"));
        assertEquals("B", stopped.getString("winner"));
        JsonObject afterStop = list("anon:it-exp-0").json();
        assertTrue(!afterStop.containsKey("experiment") || afterStop.isNull("experiment"),
                "a stopped experiment serves no more");

        Api.Resp promoted = admin.post("/api/v1/admin/experiments/" + id + "/promote", "{}");
        assertEquals(202, promoted.status(), promoted.toString());
        String job = promoted.json().getString("id");
        long deadline = System.nanoTime() + 60_000_000_000L;
        String state;
        do {
            Thread.sleep(500);
            state = admin.get("/api/v1/admin/models/shop-blend/jobs/" + job).json().getString("state");
        } while (!state.equals("live") && !state.equals("failed") && System.nanoTime() < deadline);
        assertEquals("live", state);
        assertEquals(live + 1, liveVersion(), "the winner went live as a new version");
        assertProblem(admin.post("/api/v1/admin/experiments/" + id + "/promote", "{}"), 409);
    }

    @Test
    void aBlendRecipeIsACandidate() throws InterruptedException {
        assertEquals(200, list("anon:it-blend-warmup").status(), "the model serves");
        String experiments = "/api/v1/admin/experiments";
        assertProblem(admin.post(experiments, "{\"name\":\"x\",\"blend\":{\"magic\":1}}"), 400);
        assertProblem(admin.post(experiments, "{\"name\":\"x\",\"blend\":{\"popularity\":-1}}"), 400);
        assertProblem(admin.post(experiments, "{\"name\":\"x\",\"candidateVersion\":1,\"blend\":{\"popularity\":1}}"), 400);
        assertProblem(admin.post(experiments, "{\"name\":\"x\"}"), 400);

        // popularity and transitions are in every recipe the trainer picks
        Api.Resp created = admin.post(experiments, "{\"name\":\"popularity-led blend\",\"blend\":{\"popularity\":5,"
                + "\"transitions\":0.1},\"placements\":[\"rest\"]}");
        assertEquals(201, created.status(), created.toString());
        String id = created.json().getString("id");
        JsonObject b = created.json().getJsonArray("variants").getJsonObject(1);
        assertEquals("BLEND", b.getString("kind"));
        assertEquals(5.0, b.getJsonObject("blend").getJsonNumber("popularity").doubleValue());
        assertEquals("RUNNING", admin.post(experiments + "/" + id + "/start", "{}").json().getString("status"));
        try {
            int inB = 0;
            for (int i = 0; i < 40; i++) {
                JsonObject body = list("anon:it-blend-" + i).json();
                assertEquals(id, body.getString("experiment"), body.toString());
                if (body.getString("variant").equals("B")) {
                    inB++;
                    assertTrue(!body.getJsonArray("items").isEmpty(), "the reweighted live model serves B: " + body);
                }
            }
            assertTrue(inB > 5 && inB < 35, "about half in B: " + inB);
        } finally {
            assertEquals("STOPPED", admin.post(experiments + "/" + id + "/stop", "{}").json().getString("status"));
        }
    }

    String base() {
        String root = url("");
        return root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    @Test
    void adminRunsAnExperimentFromThePageInEnglishAndFrench() throws InterruptedException {
        assertEquals(200, list("anon:it-page-warmup").status(), "the model serves");
        long live = liveVersion();
        LoginPage.open(driver, base()).as(ADMIN);
        ExperimentsPage page = ExperimentsPage.open(driver, base());
        page.createAndStart("page: live against its own file", live, "30", "100");
        Matcher started = Pattern.compile("Experiment (exp-\\d+) started\\.").matcher(page.messages());
        assertTrue(started.find(), page.messages());
        String id = started.group(1);
        try {
            assertEquals("RUNNING", page.status(id));
            assertEquals("Planned: 40 visitors per variant.", page.plannedPreview(), "the plan's size before start (30 % -> 60 %)");
            assertTrue(page.heading(id).contains("A/B split, running"), page.heading(id));
            assertTrue(page.verdict(id).startsWith("No winner yet"), page.verdict(id));
            JsonObject created = admin.get("/api/v1/admin/experiments/" + id).json();
            assertEquals("RUNNING", created.getString("status"), "the page's experiment is the API's");
            assertEquals(0.3, created.getJsonNumber("baseline").doubleValue(), 1e-9, "the form's plan");
            assertEquals(1.0, created.getJsonNumber("minimumLift").doubleValue(), 1e-9);

            serveAndClick(id, "anon:it-page-");
            page.reload();
            assertEquals(SHOPPERS, page.visitors(id).stream().mapToInt(Integer::parseInt).sum(), "every exposed shopper counted");
            assertTrue(page.verdict(id).startsWith("B is better than A by"), page.verdict(id));
            assertTrue(page.chartShown(id), "the chart per variant is drawn");
            Screenshots.save(driver, "ExperimentJourneyIT-verdict-en");

            page.language("fr");
            assertTrue(page.heading(id).contains("Test A/B, en cours"), page.heading(id));
            assertTrue(page.verdict(id).startsWith("B est meilleur que A de"), page.verdict(id));
            assertTrue(page.verdict(id).contains("en taux de clic, s\u00fbr \u00e0 95,0 %"), page.verdict(id));

            page.press(id, "vt-stop");
            assertEquals("STOPPED", page.status(id));
            assertTrue(page.messages().contains("Exp\u00e9rience " + id + " arr\u00eat\u00e9e, gagnant B."), page.messages());
            assertEquals("B", admin.get("/api/v1/admin/experiments/" + id).json().getString("winner"));

            page.press(id, "vt-promote");
            assertTrue(page.messages().contains("Mise en service lanc\u00e9e"), page.messages());
            long deadline = System.nanoTime() + 90_000_000_000L;
            while (liveVersion() != live + 1 && System.nanoTime() < deadline) {
                Thread.sleep(1000);
            }
            assertEquals(live + 1, liveVersion(), "the winner went live as a new version");
            page.reload();
            assertTrue(!page.hasButton(id, "vt-promote"), "promoted once");
        } finally {
            // a failure above must not leave a running experiment over every placement for the other tests
            if (admin.get("/api/v1/admin/experiments/" + id).json().getString("status").equals("RUNNING")) {
                admin.post("/api/v1/admin/experiments/" + id + "/stop", "{\"reason\":\"test failed\"}");
            }
        }
        Screenshots.save(driver, "ExperimentJourneyIT-promoted-fr");
    }
}
