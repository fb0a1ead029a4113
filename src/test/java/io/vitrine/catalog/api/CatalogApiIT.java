package io.vitrine.catalog.api;

import io.vitrine.it.Api;
import io.vitrine.it.DeployedShop;

import static io.vitrine.it.ProblemAssertions.assertProblem;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue API on Payara Micro with the embedded MongoDB and the demo store. */
class CatalogApiIT extends DeployedShop {

    @Test
    void listsTheDemoCatalogueWithTotalsAndImages() {
        Api.Resp r = api.get("/api/v1/products?size=1");
        assertEquals(200, r.status(), r.body());
        JsonObject page = r.json();
        assertTrue(page.getJsonNumber("total").longValue() >= 400, r.body());
        assertEquals(1, page.getJsonArray("items").size());
        JsonObject product = api.get("/api/v1/products?size=100&sort=name").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("id").startsWith("demo-")).findFirst().orElseThrow();
        assertTrue(!product.getJsonObject("name").getString("en").equals(product.getJsonObject("description").getString("en")),
                "name and description are stored apart");
        String image = product.getJsonArray("images").getString(0);

        Api.Resp img = api.get(image);
        assertEquals(200, img.status());
        assertEquals("image/jpeg", img.contentType());
        assertTrue(img.header("Cache-Control").orElse("").contains("immutable"));
        String etag = img.header("ETag").orElseThrow();
        assertTrue(ImageIOCheck.decodes(img.bytes()));
        assertEquals(304, api.get(image, "If-None-Match", etag).status());
    }

    @Test
    void filtersSortsAndPagesInTheDatabase() {
        JsonArray categories = api.get("/api/v1/categories").jsonArray();
        assertTrue(categories.size() >= 8);
        int subCategories = categories.stream().mapToInt(c -> c.asJsonObject().getJsonArray("subCategories").size()).sum();
        assertTrue(subCategories >= 40, "sub-categories: " + subCategories);
        String category = categories.getJsonObject(0).getString("id");

        JsonObject inCategory = api.get("/api/v1/products?category=" + category + "&size=50&sort=price").json();
        assertTrue(inCategory.getJsonNumber("total").longValue() > 0);
        BigDecimal previous = BigDecimal.ZERO;
        for (JsonValue v : inCategory.getJsonArray("items")) {
            JsonObject p = v.asJsonObject();
            assertEquals(category, p.getString("category"));
            BigDecimal price = p.getJsonNumber("price").bigDecimalValue();
            assertTrue(price.compareTo(previous) >= 0, "sorted by price");
            previous = price;
        }

        JsonObject cheap = api.get("/api/v1/products?minPrice=10&maxPrice=20&size=100").json();
        for (JsonValue v : cheap.getJsonArray("items")) {
            BigDecimal price = v.asJsonObject().getJsonNumber("price").bigDecimalValue();
            assertTrue(price.compareTo(BigDecimal.TEN) >= 0 && price.compareTo(BigDecimal.valueOf(20)) <= 0, price.toString());
        }

        JsonObject all = api.get("/api/v1/products?size=1").json();
        long total = all.getJsonNumber("total").longValue();
        JsonObject beyond = api.get("/api/v1/products?size=100&page=" + (total / 100 + 5)).json();
        assertEquals(0, beyond.getJsonArray("items").size());
        assertEquals(total, beyond.getJsonNumber("total").longValue());
    }

    @Test
    void readingUnknownOrMalformedIdsGivesProblems() {
        Api.Resp missing = api.get("/api/v1/products/no-such-product");
        assertProblem(missing, 404);
        assertProblem(api.get("/api/v1/products/bad$id"), 400);
        assertProblem(api.get("/api/v1/products?size=0"), 400);
        assertProblem(api.get("/api/v1/products?size=abc"), 400);
        assertProblem(api.get("/api/v1/products?sort=cheapest"), 400);
        assertProblem(api.get("/api/v1/products?minPrice=50&maxPrice=10"), 400);
        assertProblem(api.get("/api/v1/images/" + "0".repeat(64)), 404);
    }

    @Test
    void writesNeedAValidKey() {
        String body = productJson("it-" + UUID.randomUUID().toString().substring(0, 8), anySeller(), anyCategory(), anySubCategory(), "19.99");
        assertProblem(api.post("/api/v1/products", body), 401);
        assertProblem(api.withKey("not-a-real-key").post("/api/v1/products", body), 401);
        assertProblem(api.delete("/api/v1/products/whatever"), 401);
    }

    @Test
    void adminCreatesRevisesAndDeletesAProduct() {
        String id = "it-" + UUID.randomUUID().toString().substring(0, 8);
        String body = productJson(id, anySeller(), anyCategory(), anySubCategory(), "19.99");

        Api.Resp created = admin.post("/api/v1/products", body);
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/v1/products/" + id));
        assertEquals("19.99", created.json().getJsonNumber("price").bigDecimalValue().toPlainString());

        assertEquals(created.body(), api.get("/api/v1/products/" + id).body(), "the read model's copy reads as the write's answer");
        assertProblem(admin.post("/api/v1/products", body), 409);

        Api.Resp revised = admin.put("/api/v1/products/" + id, body.replace("19.99", "24.50"));
        assertEquals(200, revised.status(), revised.body());
        assertEquals(0, new BigDecimal("24.50").compareTo(api.get("/api/v1/products/" + id).json().getJsonNumber("price").bigDecimalValue()));

        assertEquals(204, admin.delete("/api/v1/products/" + id).status());
        assertProblem(api.get("/api/v1/products/" + id), 404);
        assertProblem(admin.delete("/api/v1/products/" + id), 404);
    }

    @Test
    void aProductReadsTheSameAloneAndInAPage() {
        Api.Resp page = api.get("/api/v1/products?size=3&sort=name");
        String body = page.body();
        // JSON-B's order (lexicographic) and layout: the page is assembled from the products' kept JSON
        assertTrue(body.startsWith("{\"items\":[{\""), body);
        assertTrue(body.matches("(?s).*\\],\"page\":0,\"size\":3,\"total\":\\d+}"), body);
        assertEquals(3, page.json().getJsonArray("items").size());
        for (JsonValue item : page.json().getJsonArray("items")) {
            Api.Resp alone = api.get("/api/v1/products/" + item.asJsonObject().getString("id"));
            assertEquals(item.asJsonObject(), alone.json());
            assertTrue(body.contains(alone.body()), "byte for byte in the page: " + alone.body());
            assertEquals(alone.body(), api.get("/api/v1/products/" + item.asJsonObject().getString("id")).body());
        }
    }

    @Test
    void invalidBodiesAreRefusedFieldByField() {
        Api.Resp invalid = admin.post("/api/v1/products",
                "{\"sellerId\":\"" + anySeller() + "\",\"category\":\"" + anyCategory() + "\",\"subCategory\":\""
                        + anySubCategory() + "\",\"price\":-3,\"stock\":-1}");
        assertProblem(invalid, 400);
        String fields = invalid.json().getJsonArray("errors").toString();
        assertTrue(fields.contains("nameEn") && fields.contains("price") && fields.contains("stock"), fields);

        assertProblem(admin.post("/api/v1/products", "{\"name\": "), 400);
        assertProblem(admin.post("/api/v1/products", productJson("x1", anySeller(), "no-such-category", "x", "1.00")), 400);
        assertProblem(admin.post("/api/v1/products", "text/plain", "hello".getBytes()), 415);
        String huge = "{\"name\":{\"en\":\"" + "x".repeat(1_200_000) + "\"}}";
        assertProblem(admin.postLarge("/api/v1/products", "application/json", huge.getBytes()), 413);
    }

    @Test
    void catalogueReadsAnswer304UntilTheCatalogueChanges() {
        String list = "/api/v1/products?size=5&sort=price";
        Api.Resp first = api.get(list);
        String tag = first.header("ETag").orElseThrow();
        assertEquals("no-cache", first.header("Cache-Control").orElseThrow());
        assertEquals(304, api.get(list, "If-None-Match", tag).status());

        String id = "it-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, admin.post("/api/v1/products", productJson(id, anySeller(), anyCategory(), anySubCategory(), "0.01")).status());
        Api.Resp changed = api.get(list, "If-None-Match", tag);
        assertEquals(200, changed.status(), "a new product changes every list");
        assertTrue(changed.json().getJsonArray("items").stream().anyMatch(p -> p.asJsonObject().getString("id").equals(id)),
                "one of the cheapest, listed at once");

        Api.Resp one = api.get("/api/v1/products/" + id);
        String lastModified = one.header("Last-Modified").orElseThrow();
        String productTag = one.header("ETag").orElseThrow();
        assertEquals(304, api.get("/api/v1/products/" + id, "If-Modified-Since", lastModified).status());
        assertEquals(304, api.get("/api/v1/products/" + id, "If-None-Match", productTag).status());
        assertEquals(200, admin.put("/api/v1/products/" + id, productJson(id, one.json().getString("sellerId"),
                one.json().getString("category"), one.json().getString("subCategory"), "0.02")).status());
        Api.Resp revised = api.get("/api/v1/products/" + id, "If-None-Match", productTag);
        assertEquals(200, revised.status(), "an edit changes the product's validators");
        assertEquals(0, new BigDecimal("0.02").compareTo(revised.json().getJsonNumber("price").bigDecimalValue()));
        assertEquals(204, admin.delete("/api/v1/products/" + id).status());
        assertEquals(404, api.get("/api/v1/products/" + id).status());
    }

    @Test
    void sellerKeysOnlyManageTheirOwnProducts() {
        JsonArray sellers = api.get("/api/v1/products?size=100").json().getJsonArray("items");
        String sellerA = sellers.getJsonObject(0).getString("sellerId");
        String productOfB = sellers.stream().map(JsonValue::asJsonObject)
                .filter(p -> !p.getString("sellerId").equals(sellerA)).findFirst().orElseThrow().getString("id");
        Api.Resp issued = admin.post("/api/v1/admin/api-keys", "{\"name\":\"shop of A\",\"sellerId\":\"" + sellerA + "\"}");
        assertEquals(201, issued.status(), issued.body());
        Api sellerApi = api.withKey(issued.json().getString("key"));

        String id = "it-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, sellerApi.post("/api/v1/products", productJson(id, sellerA, anyCategory(), anySubCategory(), "5.00")).status());
        assertProblem(sellerApi.delete("/api/v1/products/" + productOfB), 403);
        assertProblem(sellerApi.post("/api/v1/admin/api-keys", "{\"name\":\"sneaky\"}"), 403);
        assertEquals(204, sellerApi.delete("/api/v1/products/" + id).status());
    }

    @Test
    void imagesAreCheckedBeforeTheyAreStored() throws IOException {
        String id = "it-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, admin.post("/api/v1/products", productJson(id, anySeller(), anyCategory(), anySubCategory(), "9.00")).status());

        Api.Resp stored = admin.post("/api/v1/products/" + id + "/images", "image/png", png(64, 48));
        assertEquals(201, stored.status(), stored.body());
        String url = stored.header("Location").orElseThrow();
        assertEquals("image/png", api.get(url.substring(url.indexOf("/api/"))).contentType());
        assertTrue(api.get("/api/v1/products/" + id).json().getJsonArray("images").size() == 1);

        assertProblem(admin.post("/api/v1/products/" + id + "/images", "image/png", "not an image".getBytes()), 400);
        assertProblem(admin.post("/api/v1/products/" + id + "/images", "image/gif", new byte[]{71, 73, 70}), 415);
        assertProblem(admin.postLarge("/api/v1/products/" + id + "/images", "image/jpeg", new byte[5 * 1024 * 1024]), 413);
        assertProblem(admin.post("/api/v1/products/" + id + "/images", "image/png", png(5000, 10)), 400);
        assertProblem(api.post("/api/v1/products/" + id + "/images", "image/png", png(8, 8)), 401);
    }

    private String anySeller() {
        return api.get("/api/v1/products?size=1").json().getJsonArray("items").getJsonObject(0).getString("sellerId");
    }

    private String anyCategory() {
        return api.get("/api/v1/categories").jsonArray().getJsonObject(0).getString("id");
    }

    private String anySubCategory() {
        return api.get("/api/v1/categories").jsonArray().getJsonObject(0).getJsonArray("subCategories").getJsonObject(0).getString("id");
    }

    static String productJson(String id, String seller, String category, String subCategory, String price) {
        return "{\"id\":\"" + id + "\",\"sellerId\":\"" + seller + "\",\"name\":{\"en\":\"Test lamp\",\"fr\":\"Lampe de test\"},"
                + "\"description\":{\"en\":\"A lamp <b>made</b> for tests\",\"fr\":\"Une lampe pour les tests\"},"
                + "\"category\":\"" + category + "\",\"subCategory\":\"" + subCategory + "\",\"brand\":\"Testa\","
                + "\"attributes\":{\"colour\":\"red\"},\"price\":" + price + ",\"currency\":\"EUR\",\"stock\":5}";
    }

    private static byte[] png(int w, int h) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Decoding check for served images. */
    static final class ImageIOCheck {
        static boolean decodes(byte[] bytes) {
            try {
                return ImageIO.read(new java.io.ByteArrayInputStream(bytes)) != null;
            } catch (IOException e) {
                return false;
            }
        }
    }
}
