package io.vitrine.it.hostile;

import io.vitrine.it.Api;
import io.vitrine.it.DeployedShop;
import io.vitrine.it.Deployments;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over two thousand malformed or hostile requests over every REST endpoint, anonymously, with the admin key, with a
 * seller's key and with a seller's and a shopper's log-in session: malformed JSON, wrong types, huge values, NoSQL
 * operators, path traversal, Lucene syntax, non-images and decompression bombs on photo search, oversize bodies and
 * bad {@code Idempotency-Key}s. No answer may be a 5xx, and the shop is healthy afterwards.
 *
 * <p>Writes with valid credentials only ever aim at a product this test creates (or at ids that do not exist), so
 * the demo store the other tests read stays as it was. Retraining is never started (the POSTs that would start it
 * go anonymously or with a seller's key only).
 */
class HostileInputIT extends DeployedShop {

    private static final String PRODUCTS = "/api/v1/products";

    private record Caller(String name, HttpClient client, String apiKey) {
    }

    private record Request(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
        String describe() {
            String text = body == null ? "" : new String(body, 0, Math.min(body.length, 120), StandardCharsets.ISO_8859_1);
            return method + " " + (path.length() > 160 ? path.substring(0, 160) + "…" : path) + " " + headers.keySet()
                    + " " + text.replaceAll("[^\\x20-\\x7e]", "?");
        }
    }

    private final Map<String, String> serverErrors = new ConcurrentHashMap<>();
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger notSent = new AtomicInteger();

    @Test
    void noHostileRequestGetsA5xxAndTheShopStaysHealthy() throws Exception {
        String root = base.toString().replaceAll("/$", "");
        HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        JsonObject category = api.get("/api/v1/categories").jsonArray().getJsonObject(0);
        String cat = category.getString("id");
        String sub = category.getJsonArray("subCategories").getJsonObject(0).getString("id");
        String own = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        String seller = api.get(PRODUCTS + "?size=1").json().getJsonArray("items").getJsonObject(0).getString("sellerId");
        Api.Resp created = admin.post(PRODUCTS, "{\"id\":\"" + own + "\",\"sellerId\":\"" + seller
                + "\",\"name\":{\"en\":\"Hostile lamp\"},\"category\":\"" + cat + "\",\"subCategory\":\"" + sub
                + "\",\"price\":12.5,\"stock\":1000}");
        assertEquals(201, created.status(), created.body());
        String sellerKey = admin.post("/api/v1/admin/api-keys", "{\"name\":\"hostile-seller\",\"sellerId\":\"" + seller + "\"}")
                .json().getString("key");

        List<Caller> callers = List.of(
                new Caller("anonymous", plain, null),
                new Caller("admin-key", plain, Deployments.ADMIN_KEY),
                new Caller("seller-key", plain, sellerKey),
                new Caller("seller-session", logIn(root, "seller01@demo.vitrine.io"), null),
                new Caller("shopper-session", logIn(root, "shopper0001@demo.vitrine.io"), null));

        List<Request> requests = hostileRequests(own, cat, sub);
        List<Runnable> work = new ArrayList<>();
        java.util.Random sample = new java.util.Random(11);
        for (Caller caller : callers) {
            for (Request r : requests) {
                boolean everything = caller.apiKey() == null && caller.name().equals("anonymous")
                        || caller.name().equals("admin-key");
                if (!everything && sample.nextInt(3) != 0) {
                    continue; // keys and sessions get a third of the requests each: the run stays short
                }
                if (r.method().equals("POST") && r.path().contains("/retrain") && "admin-key".equals(caller.name())) {
                    continue; // would start a real retraining
                }
                work.add(() -> send(root, caller, r));
            }
        }
        Collections.shuffle(work, new java.util.Random(7));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        work.forEach(w -> futures.add(pool.submit(w)));
        for (Future<?> f : futures) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        System.out.printf("HostileInputIT: %d requests answered (%d not sent by the client) in %.1f s, %d 5xx%n",
                answered.get(), notSent.get(), (System.nanoTime() - t0) / 1e9, serverErrors.size());

        assertTrue(answered.get() >= 2000, "at least 2,000 hostile requests answered, got " + answered.get());
        assertEquals(Map.of(), serverErrors, "requests answered with a 5xx");
        HttpResponse<String> ready = plain.send(HttpRequest.newBuilder(URI.create(api.serverRoot().get("/").raw().uri()
                .resolve("/health/ready").toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), "the shop is healthy after: " + ready.body());
        assertEquals(200, api.get(PRODUCTS + "?size=5").status(), "and still serves its catalogue");
    }

    private void send(String root, Caller caller, Request r) {
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create(root + r.path())).timeout(Duration.ofSeconds(120));
            HttpRequest.BodyPublisher body = r.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(r.body());
            b.method(r.method(), body);
            if (r.contentType() != null) {
                b.header("Content-Type", r.contentType());
            }
            if (caller.apiKey() != null) {
                b.header("X-API-Key", caller.apiKey());
            }
            r.headers().forEach(b::header);
        } catch (IllegalArgumentException refusedByTheClient) {
            notSent.incrementAndGet(); // java.net.http refuses some hostile URIs and header values itself
            return;
        }
        try {
            HttpResponse<String> response = caller.client().send(b.build(), HttpResponse.BodyHandlers.ofString());
            answered.incrementAndGet();
            if (response.statusCode() >= 500) {
                serverErrors.put(caller.name() + " " + r.describe(), response.statusCode() + " "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
        } catch (IOException e) {
            // the server may close the connection on an oversize body after answering 413: not a 5xx
            notSent.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Request> hostileRequests(String own, String cat, String sub) {
        List<Request> all = new ArrayList<>();
        List<String> ids = List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fWEB-INF%2fweb.xml", "$gt", "%7B%22%24gt%22%3A%22%22%7D",
                "a'%20OR%20'1'%3D'1", "x".repeat(3000), "%00", "%E2%80%AE", "VT-1", "VT-12345678", "no-such-product-" + 1, "*",
                "%5C%5C", "..;", "__proto__", own);
        List<String> texts = List.of("*:*", "name:(a OR b)^100", "a~~~~", "\"unterminated", "[* TO *]", "(((((", "/regex.*/",
                "a AND", "\\", "?*", "field:", "{!xmlparser v='x'}", "x".repeat(10_000), "%00", "${jndi:ldap://x/a}", "<script>",
                "{\"$gt\":\"\"}", "%FF%FE", "'; DROP TABLE products;--", "a&q=b&q=c");
        List<String> numbers = List.of("-1", "abc", "99999999999999999999", "1e309", "NaN", "0", "-0", "1.5", "%00", "");

        // JSON bodies that every POST and PUT receives
        List<String> bodies = new ArrayList<>(List.of("", "{", "[", "null", "nul", "{\"a\":", "[1,2", "\"str\"", "123", "true",
                "{}", "[]", "[{}]", "[null]", "{\"$gt\":\"\"}", "{\"$where\":\"sleep(1000)\"}",
                "{\"id\":{\"$ne\":null},\"name\":{\"$gt\":\"\"}}",
                "{\"userId\":{\"$gt\":\"\"},\"productId\":{\"$ne\":null},\"type\":\"view\"}",
                "{\"type\":123,\"userId\":[],\"productId\":{},\"rating\":\"five\"}",
                "{\"type\":\"rating\",\"userId\":\"u\",\"productId\":\"" + own + "\",\"rating\":1e309}",
                "{\"type\":\"view\",\"userId\":\"" + "u".repeat(100_000) + "\",\"productId\":\"" + own + "\"}",
                "{\"type\":\"purchase\",\"userId\":\"u\",\"productId\":\"" + own + "\",\"quantity\":-99999999999}",
                "{\"type\":\"view\",\"userId\":\"u\",\"productId\":\"../../etc/passwd\",\"timestamp\":\"yesterday\"}",
                "{\"name\":123,\"price\":\"abc\",\"stock\":\"x\"}",
                "{\"id\":\"" + own + "\",\"name\":{\"en\":\"x\"},\"category\":\"" + cat + "\",\"subCategory\":\"" + sub + "\",\"price\":-1}",
                "{\"id\":\"" + own + "\",\"name\":{\"en\":\"x\"},\"category\":\"" + cat + "\",\"subCategory\":\"" + sub + "\",\"price\":1e309,\"stock\":99999999999999999999}",
                "{\"id\":\"../../x\",\"name\":{\"$gt\":\"\"},\"category\":{\"$ne\":1},\"subCategory\":[],\"price\":{}}",
                "{\"name\":{\"en\":\"" + "n".repeat(200_000) + "\"},\"category\":\"" + cat + "\",\"subCategory\":\"" + sub + "\",\"price\":1}",
                "{\"name\":{\"xx\":\"y\",\"\":\"\"},\"category\":\"\",\"subCategory\":null,\"price\":null,\"stock\":null}",
                "{\"accountId\":{\"$ne\":\"\"},\"lines\":[{\"productId\":{\"$gt\":\"\"},\"quantity\":1}]}",
                "{\"accountId\":\"shopper0001@demo.vitrine.io\",\"lines\":[{\"productId\":\"" + own + "\",\"quantity\":-5}]}",
                "{\"accountId\":\"shopper0001@demo.vitrine.io\",\"lines\":[{\"productId\":\"" + own + "\",\"quantity\":\"many\"}]}",
                "{\"accountId\":\"nobody@x\",\"lines\":" + "[{\"productId\":\"x\",\"quantity\":1}]".repeat(1) + "}",
                "{\"accountId\":\"shopper0001@demo.vitrine.io\",\"lines\":null}",
                "{\"message\":\"" + "A".repeat(100_000) + "\"}", "{\"message\":123}", "{\"message\":null,\"lang\":\"xx\"}",
                "{\"message\":\"hello\",\"conversationId\":\"../../etc\",\"lang\":\"fr\"}",
                "{\"message\":\"*:* OR name:(a)^9 \\\"\",\"conversationId\":{\"$gt\":\"\"}}",
                "{\"kind\":\"movielens\",\"path\":\"../../../../../../etc/passwd-no-such\"}",
                "{\"kind\":\"jsonl\",\"path\":{\"$gt\":\"\"}}", "{\"kind\":\"../x\",\"path\":\"/proc/self/environ-no\"}",
                "{\"name\":\"" + "k".repeat(5000) + "\",\"sellerId\":{\"$ne\":null}}", "{\"name\":\"k\",\"sellerId\":\"../../\"}",
                "{\"intent\":\"../\",\"lang\":\"xx\",\"question\":null,\"answer\":[]}",
                "{\"a\":\"\\u0000\\ud800\"}", "\u0000\u0001\u0002", "{\"a\":1,\"a\":2}",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3001)));
        StringBuilder manyEvents = new StringBuilder("[");
        for (int i = 0; i < 5000; i++) {
            manyEvents.append(i == 0 ? "" : ",").append("{\"type\":{\"$gt\":\"\"},\"userId\":").append(i).append('}');
        }
        bodies.add(manyEvents.append(']').toString());

        List<String> writes = List.of("POST " + PRODUCTS, "PUT " + PRODUCTS + "/" + own, "PUT " + PRODUCTS + "/no-such-product",
                "POST /api/v1/events", "POST /api/v1/orders", "POST /api/v1/chat", "POST /api/v1/admin/api-keys",
                "POST /api/v1/admin/imports", "PUT /api/v1/admin/chat/faq/hostile-faq", "PUT /api/v1/admin/chat/faq/..%2F..",
                "POST /api/v1/admin/recommendations/retrain", "POST /api/v1/admin/chat/retrain", "POST /api/v1/admin/vision/retrain");
        for (String write : writes) {
            String method = write.substring(0, write.indexOf(' '));
            String path = write.substring(write.indexOf(' ') + 1);
            for (String body : bodies) {
                all.add(new Request(method, path, "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of()));
            }
            all.add(new Request(method, path, "text/plain", "{}".getBytes(StandardCharsets.UTF_8), Map.of()));
            all.add(new Request(method, path, "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8), Map.of()));
            all.add(new Request(method, path, "application/json", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2}, Map.of()));
            all.add(new Request(method, path, "application/json", oversize(), Map.of()));
        }
        // bad Idempotency-Keys on the writes that take one
        for (String key : List.of("", " ", "x".repeat(1000), "../../", "${jndi:ldap://x/a}", "a,b", "{\"$gt\":\"\"}", "\t")) {
            for (String path : List.of("/api/v1/events", "/api/v1/orders")) {
                all.add(new Request("POST", path, "application/json",
                        ("{\"type\":\"view\",\"userId\":\"hostile\",\"productId\":\"" + own + "\"}").getBytes(StandardCharsets.UTF_8),
                        Map.of("Idempotency-Key", key)));
            }
        }
        // path parameters
        for (String id : ids) {
            for (String path : List.of(PRODUCTS + "/" + id, PRODUCTS + "/" + id + "/similar", PRODUCTS + "/" + id + "/bought-together",
                    PRODUCTS + "/" + id + "/looks-like", "/api/v1/images/" + id, "/api/v1/orders/" + id,
                    "/api/v1/recommendations/users/" + id, "/api/v1/admin/chat/faq/" + id,
                    "/api/v1/admin/recommendations/retrain/" + id, "/api/v1/admin/chat/retrain/" + id,
                    "/api/v1/admin/vision/retrain/" + id)) {
                all.add(new Request("GET", path, null, null, Map.of()));
            }
            if (!id.equals(own)) {
                all.add(new Request("DELETE", PRODUCTS + "/" + id, null, null, Map.of()));
                all.add(new Request("DELETE", "/api/v1/admin/chat/faq/" + id, null, null, Map.of()));
                all.add(new Request("POST", PRODUCTS + "/" + id + "/images", "image/png", png(1, 1), Map.of()));
            }
        }
        // query strings: Lucene syntax, NoSQL operators, wrong types and huge values
        for (String t : texts) {
            String q = enc(t);
            for (String path : List.of("/api/v1/search?q=" + q, "/api/v1/search/suggest?q=" + q, "/api/v1/compare?ids=" + q,
                    "/api/v1/compare?ids=" + q + "," + q, PRODUCTS + "?category=" + q + "&sort=" + q,
                    "/api/v1/search?q=shirt&category=" + q + "&brand=" + q + "&colour=" + q + "&sort=" + q,
                    "/api/v1/analytics/products?q=" + q + "&sort=" + q + "&category=" + q,
                    "/api/v1/orders?account=" + q, "/api/v1/trending?lang=" + q, "/api/v1/popular?category=" + q)) {
                all.add(new Request("GET", path, null, null, Map.of()));
            }
        }
        for (String n : numbers) {
            String v = enc(n);
            for (String path : List.of(PRODUCTS + "?page=" + v + "&size=" + v + "&minPrice=" + v + "&maxPrice=" + v,
                    "/api/v1/search?q=a&page=" + v + "&size=" + v + "&minPrice=" + v + "&minRating=" + v,
                    "/api/v1/search/suggest?q=a&n=" + v, "/api/v1/trending?n=" + v, "/api/v1/popular?n=" + v,
                    "/api/v1/recommendations/users/shopper0001@demo.vitrine.io?n=" + v,
                    PRODUCTS + "/" + own + "/looks-like?n=" + v, "/api/v1/search/image?n=" + v,
                    "/api/v1/analytics/summary?days=" + v, "/api/v1/analytics/dashboard?from=" + v + "&to=2020-13-45",
                    "/api/v1/analytics/products?page=" + v + "&size=" + v, "/api/v1/orders?account=a&page=" + v + "&size=" + v)) {
                all.add(new Request(path.startsWith("/api/v1/search/image") ? "POST" : "GET", path, "image/png",
                        path.startsWith("/api/v1/search/image") ? png(4, 4) : null, Map.of()));
            }
        }
        // photo search: non-images, damaged images, decompression bombs, oversize bodies, broken multipart
        Map<String, byte[]> uploads = new LinkedHashMap<>();
        uploads.put("image/png", "hello, not a picture".getBytes(StandardCharsets.UTF_8));
        uploads.put("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
        uploads.put("image/gif", "GIF89a\u00ff\u00ff\u00ff\u00ff".getBytes(StandardCharsets.ISO_8859_1));
        uploads.put("image/webp", png(2, 2));
        uploads.put("application/octet-stream", new byte[0]);
        uploads.put("text/plain", "../../etc/passwd".getBytes(StandardCharsets.UTF_8));
        uploads.put("multipart/form-data", "--x\r\n".getBytes(StandardCharsets.UTF_8));
        uploads.put("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"image\"\r\n\r\nabc".getBytes(StandardCharsets.UTF_8));
        uploads.put("multipart/form-data; boundary=", "--\r\n\r\n--".getBytes(StandardCharsets.UTF_8));
        uploads.put("image/png; bomb", png(100_000, 100_000));
        uploads.put("image/png; wide", png(60_000, 1));
        uploads.put("image/png; zero", png(0, 0));
        uploads.put("image/png; negative", png(-1, -1));
        uploads.put("image/gif; bomb", gif(65_535, 65_535));
        uploads.put("image/png; truncated", java.util.Arrays.copyOf(png(8, 8), 40));
        uploads.put("image/png; oversize", oversize());
        for (Map.Entry<String, byte[]> u : uploads.entrySet()) {
            String type = u.getKey().replaceAll("; (bomb|wide|zero|negative|truncated|oversize)$", "");
            for (String path : List.of("/api/v1/search/image", "/api/v1/search/image?n=3&restrict=" + enc("../x"),
                    PRODUCTS + "/" + own + "/images", PRODUCTS + "/no-such-product/images")) {
                all.add(new Request("POST", path, type, u.getValue(), Map.of()));
            }
        }
        // methods and paths nobody serves
        for (String path : List.of("/api/v1/../../WEB-INF/web.xml", "/api/v1/%2e%2e/%2e%2e/etc/passwd", "/api/v1/products/..;/..;/x",
                "/api/v2/products", "/api/v1/events", "/api/v1/admin/api-keys", "/api/v1/chat")) {
            for (String method : List.of("GET", "PATCH", "DELETE", "OPTIONS")) {
                all.add(new Request(method, path, null, null, Map.of()));
            }
        }
        return all;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** 6 MB: above the JSON and the upload limits. */
    private static byte[] oversize() {
        byte[] b = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(b, (byte) '7');
        return b;
    }

    /** A PNG whose header claims the given size, with one tiny IDAT: decoders that trust the header allocate it all. */
    static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                    .put((byte) 0).put((byte) 0).put((byte) 0);
            chunk(out, "IHDR", ihdr.array());
            chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x63, 0x60, 0, 0, 0, 2, 0, 1});
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] gif(int width, int height) {
        return new byte[] {'G', 'I', 'F', '8', '9', 'a', (byte) width, (byte) (width >> 8), (byte) height, (byte) (height >> 8),
                0, 0, 0, ',', 0, 0, 0, 0, (byte) width, (byte) (width >> 8), (byte) height, (byte) (height >> 8), 0, 2, 2,
                0x44, 0x01, 0, ';'};
    }

    /** A browser session: the log-in form of the storefront, as AdminAndLoginIT drives it. */
    private static HttpClient logIn(String root, String email) throws Exception {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(root + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertTrue(m.find(), "the log-in form has a view state");
        String password = System.getProperty("it.demo.password", "vitrine-demo");
        HttpResponse<String> ok = browser.send(HttpRequest.newBuilder(URI.create(root + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login=login&login%3Aemail=" + enc(email) + "&login%3Apassword="
                        + enc(password) + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(m.group(1).replace("&#58;", ":")))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, ok.statusCode(), "log-in of " + email + ": " + ok.body());
        return browser;
    }
}
