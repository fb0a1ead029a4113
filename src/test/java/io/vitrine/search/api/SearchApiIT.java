package io.vitrine.search.api;

import io.vitrine.it.Api;
import io.vitrine.it.DeployedShop;
import io.vitrine.it.Deployments;

import static io.vitrine.it.ProblemAssertions.assertProblem;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Search, autocomplete and comparison over REST on Payara Micro with the demo store (400 products). */
class SearchApiIT extends DeployedShop {

    @BeforeEach
    void awaitReady() throws InterruptedException {
        awaitIndex();
    }

    /** The index is built after deployment, off its thread: until then searches answer 503 with Retry-After. */
    private void awaitIndex() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            Api.Resp r = api.get("/api/v1/search?size=1");
            if (r.status() == 200) {
                return;
            }
            assertEquals(503, r.status(), r.body());
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            assertTrue(r.header("Retry-After").isPresent(), "503 says when to retry");
            if (System.currentTimeMillis() > deadline) {
                fail("the search index was not ready within 2 minutes");
            }
            Thread.sleep(500);
        }
    }

    private JsonObject search(String query) {
        Api.Resp r = api.get("/api/v1/search?" + query);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<JsonObject> hits(JsonObject result) {
        return result.getJsonArray("hits").stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<String> ids(JsonObject result) {
        return hits(result).stream().map(h -> h.getString("id")).toList();
    }

    /** Demo products (other tests add their own), listed by name. */
    private List<JsonObject> demoProducts() {
        return api.get("/api/v1/products?size=100&sort=name").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("id").startsWith("demo-")).toList();
    }

    /** A demo product whose English name has 3+ words, one of them (not the first) a word of 6+ letters. */
    private JsonObject namedProduct() {
        return demoProducts().stream().filter(p -> {
            String[] words = name(p).split(" ");
            return words.length >= 3 && Arrays.stream(words).skip(1).anyMatch(SearchApiIT::longWord);
        }).findFirst().orElseThrow();
    }

    private static String name(JsonObject product) {
        return product.getJsonObject("name").getString("en");
    }

    private static boolean longWord(String w) {
        return w.length() >= 6 && w.chars().allMatch(Character::isLetter);
    }

    /** One substitution inside the word, never on its first letters: the typo shoppers make and the engine forgives. */
    private static String typo(String word) {
        char c = word.charAt(3);
        char replacement = Character.toLowerCase(c) == 'x' ? 'q' : 'x';
        return word.substring(0, 3) + replacement + word.substring(4);
    }

    /** The name with its first long word (after the first word) mistyped. */
    private static String withTypo(String name) {
        List<String> words = new ArrayList<>(List.of(name.split(" ")));
        for (int i = 1; i < words.size(); i++) {
            if (longWord(words.get(i))) {
                words.set(i, typo(words.get(i)));
                break;
            }
        }
        return String.join(" ", words);
    }

    @Test
    void aProductNameWithATypoFindsTheProductFirst() {
        JsonObject product = namedProduct();
        String typed = withTypo(name(product));
        JsonObject result = search("q=" + enc(typed));

        assertTrue(result.getJsonNumber("total").longValue() >= 1, result.toString());
        JsonObject first = hits(result).get(0);
        // demo names may repeat across sellers: the first hit must be this product or one of the same name
        assertEquals(name(product), first.getJsonObject("name").getString("en"), typed + " -> " + result);
        assertTrue(first.getString("nameHtml").contains("<mark>"), "matched words are highlighted");
        assertTrue(first.getString("image").startsWith("/api/v1/images/"));
        assertTrue(first.containsKey("price") && first.containsKey("currency"));
        assertEquals(typed, result.getString("query"));
    }

    @Test
    void facetsAreCountedAndFiltersNarrow() {
        JsonObject all = search("size=5");
        long total = all.getJsonNumber("total").longValue();
        assertTrue(total >= 400, "a blank query browses everything: " + total);
        JsonObject facets = all.getJsonObject("facets");
        for (String dim : List.of("category", "subCategory", "brand", "colour", "seller", "price", "rating")) {
            assertTrue(facets.containsKey(dim), "facet " + dim + " in " + facets.keySet());
        }
        JsonObject category = facets.getJsonArray("category").getJsonObject(0);
        long inCategory = category.getJsonNumber("count").longValue();
        assertTrue(inCategory < total && inCategory > 0);

        JsonObject filtered = search("size=5&category=" + enc(category.getString("value")));
        assertEquals(inCategory, filtered.getJsonNumber("total").longValue(), "the facet count is the filtered total");
        JsonObject brand = filtered.getJsonObject("facets").getJsonArray("brand").getJsonObject(0);
        JsonObject both = search("size=5&category=" + enc(category.getString("value")) + "&brand=" + enc(brand.getString("value")));
        assertEquals(brand.getJsonNumber("count").longValue(), both.getJsonNumber("total").longValue());
        assertTrue(both.getJsonNumber("total").longValue() <= inCategory);

        JsonObject cheap = search("size=100&maxPrice=20");
        assertTrue(cheap.getJsonNumber("total").longValue() < total);
        hits(cheap).forEach(h -> assertTrue(h.getJsonNumber("price").bigDecimalValue().compareTo(new BigDecimal("20")) <= 0, h.toString()));
    }

    @Test
    void sortsByPriceAndPages() {
        List<BigDecimal> up = hits(search("size=50&sort=price")).stream().map(h -> h.getJsonNumber("price").bigDecimalValue()).toList();
        assertEquals(up.stream().sorted().toList(), up, "ascending prices");
        List<BigDecimal> down = hits(search("size=50&sort=-price")).stream().map(h -> h.getJsonNumber("price").bigDecimalValue()).toList();
        assertEquals(down.stream().sorted(Comparator.reverseOrder()).toList(), down, "descending prices");

        JsonObject page0 = search("size=5&page=0&sort=price");
        JsonObject page1 = search("size=5&page=1&sort=price");
        assertEquals(1, page1.getInt("page"));
        assertEquals(5, page1.getInt("size"));
        assertEquals(page0.getJsonNumber("total").longValue(), page1.getJsonNumber("total").longValue());
        Set<String> seen = new HashSet<>(ids(page0));
        ids(page1).forEach(id -> assertTrue(seen.add(id), "pages do not overlap: " + id));
        assertEquals(10, seen.size());
    }

    @Test
    void autocompleteFindsAProductFromAWordInsideItsNameWithATypo() {
        JsonObject product = namedProduct();
        String name = name(product);
        String typed = withTypo(name.substring(name.indexOf(' ') + 1)); // starts inside the title
        Api.Resp r = api.get("/api/v1/search/suggest?n=20&q=" + enc(typed));
        assertEquals(200, r.status(), r.body());
        JsonArray suggestions = r.jsonArray();
        assertTrue(suggestions.stream().map(JsonValue::asJsonObject)
                        .anyMatch(s -> s.getString("kind").equals("product") && s.getString("text").equalsIgnoreCase(name)),
                typed + " -> " + suggestions);
        assertEquals(0, api.get("/api/v1/search/suggest?q=").jsonArray().size());
        assertEquals(400, api.get("/api/v1/search/suggest?q=a&n=0").status());
    }

    @Test
    void comparesTwoOrThreeProductsAndMarksTheCheapest() {
        List<JsonObject> products = demoProducts().stream().limit(3).toList();
        String ids = String.join(",", products.stream().map(p -> p.getString("id")).toList());
        Api.Resp r = api.get("/api/v1/compare?ids=" + ids);
        assertEquals(200, r.status(), r.body());
        JsonObject table = r.json();
        assertEquals(products.stream().map(p -> p.getString("id")).toList(),
                table.getJsonArray("products").stream().map(p -> p.asJsonObject().getString("id")).toList());
        JsonArray rows = table.getJsonArray("rows");
        assertTrue(rows.size() >= 5, rows.toString());
        rows.forEach(row -> assertEquals(3, row.asJsonObject().getJsonArray("values").size(), "aligned: " + row));
        BigDecimal min = products.stream().map(p -> p.getJsonNumber("price").bigDecimalValue()).min(Comparator.naturalOrder()).orElseThrow();
        String cheapest = products.stream().filter(p -> p.getJsonNumber("price").bigDecimalValue().compareTo(min) == 0)
                .findFirst().orElseThrow().getString("id");
        assertTrue(table.getJsonArray("cheapest").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(s -> s.getString().equals(cheapest)), table.toString());
        assertTrue(table.getJsonArray("products").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("id").equals(cheapest)).findFirst().orElseThrow().getBoolean("cheapest"));

        String two = products.get(0).getString("id") + "," + products.get(1).getString("id");
        assertEquals(200, api.get("/api/v1/compare?ids=" + two).status());

        String one = products.get(0).getString("id");
        assertProblem(api.get("/api/v1/compare?ids=" + one), 400);
        assertProblem(api.get("/api/v1/compare?ids=" + ids + ",b,c"), 400);
        assertProblem(api.get("/api/v1/compare"), 400);
        assertProblem(api.get("/api/v1/compare?ids=" + one + "," + one), 400);
        assertProblem(api.get("/api/v1/compare?ids=" + one + ",no-such-product"), 404);
    }

    @Test
    void nastyInputsNeverFail() {
        List<String> queries = List.of("AND OR NOT (", "*", "\"", "a".repeat(6_000), "\uD83D\uDE00 \uD83D\uDC5F",
                "name:x~2^3 [a TO z]", "\\", "%", "?", "-", "' OR 1=1 --", "\u0000", "   ");
        for (String q : queries) {
            for (String path : List.of("/api/v1/search?q=", "/api/v1/search/suggest?q=")) {
                Api.Resp r = api.get(path + enc(q));
                String label = path + " with " + (q.length() > 30 ? q.substring(0, 30) + "... (" + q.length() + " chars)" : q);
                assertTrue(r.status() == 200 || r.status() == 400, label + " -> " + r.status() + " " + r.body());
                if (r.status() == 400) {
                    assertTrue(r.contentType().startsWith("application/problem+json"), label + " " + r.contentType());
                }
            }
        }
        JsonObject longQuery = search("q=" + enc("lamp ".repeat(1_200)));
        assertTrue(longQuery.getBoolean("truncated"), "an over-long query is cut, and says so");

        // 10,000 characters do not fit Payara's 8 KiB request line: its HTTP layer refuses them before the
        // application (a plain 400, not problem+json); what matters is that nothing fails
        Api.Resp huge = api.get("/api/v1/search?q=" + "a".repeat(10_000));
        assertTrue(huge.status() == 200 || huge.status() == 400 || huge.status() == 414, huge.status() + " " + huge.body());
        for (String bad : List.of("size=0", "size=101", "size=abc", "page=-1", "sort=cheapest", "lang=de", "minPrice=abc",
                "minPrice=-1", "minPrice=50&maxPrice=10", "minRating=6")) {
            assertProblem(api.get("/api/v1/search?q=mug&" + bad), 400);
        }
    }

    @Test
    void aProductCreatedOverRestIsSearchableAtOnceAndGoneWhenDeleted() {
        JsonObject any = demoProducts().get(0);
        JsonObject category = api.get("/api/v1/categories").jsonArray().getJsonObject(0);
        String id = "it-s-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"id\":\"" + id + "\",\"sellerId\":\"" + any.getString("sellerId") + "\","
                + "\"name\":{\"en\":\"Zorbulax Quintessa Lantern\",\"fr\":\"Lanterne Zorbulax Quintessa\"},"
                + "\"description\":{\"en\":\"A lantern for search tests\",\"fr\":\"Une lanterne pour les tests\"},"
                + "\"category\":\"" + category.getString("id") + "\",\"subCategory\":\""
                + category.getJsonArray("subCategories").getJsonObject(0).getString("id") + "\",\"brand\":\"Zorbulax\","
                + "\"attributes\":{\"colour\":\"green\"},\"price\":12.5,\"currency\":\"EUR\",\"stock\":3}";
        Api.Resp created = api.withKey(Deployments.ADMIN_KEY).post("/api/v1/products", body);
        assertEquals(201, created.status(), created.body());

        assertEquals(id, ids(search("q=" + enc("zorbulax quintesa lantern"))).get(0), "found with a typo, no waiting");
        assertTrue(api.get("/api/v1/search/suggest?q=quintes").body().contains(id), "and suggested");

        assertEquals(204, api.withKey(Deployments.ADMIN_KEY).delete("/api/v1/products/" + id).status());
        assertFalse(ids(search("q=zorbulax")).contains(id), "deleted products leave the index");
    }

    @Test
    void openApiDocumentsTheSearchOperations() {
        Api.Resp openapi = api.serverRoot().get("/openapi");
        assertEquals(200, openapi.status(), openapi.body());
        for (String path : List.of("/v1/search", "/v1/search/suggest", "/v1/compare", "/v1/products")) {
            assertTrue(openapi.body().contains(path), "OpenAPI documents " + path);
        }
        assertTrue(openapi.body().contains("search"), "the search tag");
    }

}
