package io.vitrine.exports;

import io.vitrine.it.Api;
import io.vitrine.it.DeployedShop;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.vitrine.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Catalogue in and out over REST: an upload answers 202 with the job's Location at once and the job imports for the
 * uploading seller only; bad uploads are 4xx problems; the exports stream a seller's own data (another seller's is
 * refused), the whole shop for an admin, with CSV cells that cannot run as formulas.
 */
class ImportsAndExportsIT extends DeployedShop {

    static final String HEADER = "id,name,name_fr,description,description_fr,category,sub_category,brand,price,currency,stock,attributes,image,source_ref\n";

    record Seller(String id, Api api) {
    }

    /** Two sellers of the demo store, each with a key bound to it. */
    private List<Seller> twoSellers() {
        JsonArray items = api.get("/api/v1/products?size=100").json().getJsonArray("items");
        String a = items.getJsonObject(0).getString("sellerId");
        String b = items.stream().map(v -> v.asJsonObject().getString("sellerId")).filter(s -> !s.equals(a)).findFirst().orElseThrow();
        return List.of(new Seller(a, keyFor(a)), new Seller(b, keyFor(b)));
    }

    private Api keyFor(String seller) {
        Api.Resp issued = admin.post("/api/v1/admin/api-keys", "{\"name\":\"imports " + seller + "\",\"sellerId\":\"" + seller + "\"}");
        assertEquals(201, issued.status(), issued.body());
        return api.withKey(issued.json().getString("key"));
    }

    private static String path(String location) {
        return location.replaceFirst("^.*?/api/", "/api/");
    }

    private static JsonObject finished(Api caller, Api.Resp accepted) {
        assertEquals(202, accepted.status(), accepted.body());
        String job = path(accepted.header("Location").orElseThrow(() -> new AssertionError("no Location")));
        JsonObject state = accepted.json();
        for (int i = 0; i < 240 && !List.of("done", "failed").contains(state.getString("state")); i++) {
            sleep(250);
            state = caller.get(job).json();
        }
        return state;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anUploadAnswers202WithItsJobAndImportsForTheSellerOnly() {
        List<Seller> sellers = twoSellers();
        Seller a = sellers.get(0);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String csv = HEADER + "it-" + run + "-1,Lampe IT " + run + ",,,,Home,Lighting,,19.90,EUR,3,,,\n"
                + "it-" + run + "-2,\"=HYPERLINK(\"\"http://evil.example\"\")\",,,,Home,Lighting,,5,EUR,1,,,\n"
                + "it-" + run + "-3,Broken,,,,Home,Lighting,,free,EUR,1,,,\n";

        Api.Resp accepted = a.api().post("/api/v1/imports?fileName=catalogue.csv", "text/csv", utf8(csv));
        assertEquals(202, accepted.status(), accepted.body());
        String location = accepted.header("Location").orElseThrow();
        assertTrue(location.contains("/api/v1/imports/" + accepted.json().getString("id")), location);
        JsonObject done = finished(a.api(), accepted);

        assertEquals("done", done.getString("state"), done.toString());
        assertEquals(100, done.getInt("percent"));
        assertEquals(3, done.getJsonNumber("rowsRead").longValue());
        assertEquals(2, done.getJsonNumber("imported").longValue());
        assertEquals(1, done.getJsonNumber("rejected").longValue());
        assertEquals("vitrine", done.getString("kind"), "the layout is recognised from the header");
        assertEquals(a.id(), api.get("/api/v1/products/it-" + run + "-1").json().getString("sellerId"));
        String errors = a.api().get(path(done.getString("errors"))).body();
        assertTrue(errors.startsWith("line,message") && errors.contains("4,bad price 'free'"), errors);

        Seller b = sellers.get(1);
        assertEquals(404, b.api().get(path(location)).status(), "another seller's job is not found");
        assertProblem(b.api().post("/api/v1/imports?seller=" + a.id(), "text/csv", utf8(csv)), 403);

        // the export holds the imported products, the formula neutralised
        String exported = a.api().get("/api/v1/exports/catalogue.csv").body();
        assertTrue(exported.contains("it-" + run + "-1,Lampe IT " + run), "imported products are exported");
        assertTrue(exported.contains("'=HYPERLINK"), "a formula is written as text: " + exported.lines().filter(l -> l.contains("HYPERLINK")).toList());
    }

    @Test
    void whatIsNoCatalogueIsRefusedWithAProblem() throws IOException {
        Api seller = twoSellers().get(0).api();
        assertProblem(seller.post("/api/v1/imports", "text/csv", new byte[0]), 400);
        Api.Resp columns = seller.post("/api/v1/imports?fileName=x.csv", "text/csv", utf8("sku,title\n1,x\n"));
        assertProblem(columns, 400);
        assertTrue(columns.body().contains("match no layout"), columns.body());
        assertProblem(seller.post("/api/v1/imports?fileName=x.csv", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}), 400);
        assertProblem(seller.post("/api/v1/imports?fileName=x.csv&kind=movielens", "text/csv", utf8(HEADER)), 400);

        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("catalogue.csv"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        Api.Resp refused = seller.post("/api/v1/imports?fileName=bomb.zip", "application/zip", bomb.toByteArray());
        assertProblem(refused, 413);
        assertTrue(refused.body().contains("zip bomb"), refused.body());

        ByteArrayOutputStream evil = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(evil)) {
            zip.putNextEntry(new ZipEntry("../../escape.csv"));
            zip.write(utf8(HEADER));
            zip.closeEntry();
        }
        assertProblem(seller.post("/api/v1/imports?fileName=evil.zip", "application/zip", evil.toByteArray()), 400);
    }

    @Test
    void exportsStreamASellersOwnDataAndTheWholeShopForAnAdmin() {
        List<Seller> sellers = twoSellers();
        Seller a = sellers.get(0);
        Seller b = sellers.get(1);
        Set<String> own = new HashSet<>();
        long total = api.get("/api/v1/products?size=1&seller=" + a.id()).json().getJsonNumber("total").longValue();

        Api.Resp csv = a.api().get("/api/v1/exports/catalogue.csv");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.header("Content-Disposition").orElse("").contains("catalogue-" + a.id() + ".csv"));
        List<String> rows = csv.body().lines().toList();
        assertTrue(rows.get(0).startsWith("id,name,name_fr,description"), rows.get(0));

        Api.Resp lines = a.api().get("/api/v1/exports/catalogue.jsonl");
        assertEquals(200, lines.status());
        lines.body().lines().forEach(l -> own.add(json(l).getString("id")));
        assertEquals(total, own.size(), "every product of the seller, once");
        assertProblem(a.api().get("/api/v1/exports/catalogue.csv?seller=" + b.id()), 403);
        assertProblem(a.api().get("/api/v1/exports/orders.csv?seller=" + b.id()), 403);
        assertProblem(api.get("/api/v1/exports/catalogue.csv"), 401);
        String bOnly = admin.get("/api/v1/exports/catalogue.jsonl?seller=" + b.id()).body();
        assertFalse(bOnly.isBlank());
        bOnly.lines().forEach(l -> assertFalse(own.contains(json(l).getString("id")), "an admin picks one seller"));

        Api.Resp events = a.api().get("/api/v1/exports/events.jsonl");
        assertEquals(200, events.status());
        List<String> eventLines = events.body().lines().toList();
        assertFalse(eventLines.isEmpty(), "the demo store's shoppers looked at the seller's products");
        for (String l : eventLines.subList(0, Math.min(200, eventLines.size()))) {
            JsonObject e = json(l);
            assertTrue(own.contains(e.getString("ItemId")), "only the seller's own products: " + l);
            assertTrue(e.getString("UserId").startsWith("u_"), "shoppers under a pseudonym: " + l);
            assertFalse(e.getString("FeedbackType").isBlank());
            assertTrue(e.getString("Timestamp").endsWith("Z"), l);
        }
        String adminEvents = admin.get("/api/v1/exports/events.jsonl").body();
        assertFalse(adminEvents.contains("@"), "never an e-mail");

        Api.Resp orders = a.api().get("/api/v1/exports/orders.csv");
        assertEquals(200, orders.status());
        List<String> orderRows = orders.body().lines().toList();
        assertEquals("order,placed_at,status,product_id,seller_id,product_name,quantity,unit_price,line_total,currency", orderRows.get(0));
        assertTrue(orderRows.size() > 1, "the demo store has orders of every seller");
        orderRows.stream().skip(1).forEach(r -> assertTrue(r.contains("," + a.id() + ","), "only the seller's own lines: " + r));
        String adminOrders = admin.get("/api/v1/exports/orders.csv").body();
        assertTrue(adminOrders.lines().findFirst().orElseThrow().endsWith(",order_total,shopper"));
        assertFalse(adminOrders.contains("@"), "shoppers by their public id, never their e-mail");
    }

    private static JsonObject json(String line) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            JsonValue v = reader.readValue();
            return v.asJsonObject();
        }
    }
}
