package io.vitrine.platform.security;

import io.vitrine.it.Api;
import io.vitrine.it.DeployedShop;
import io.vitrine.it.ProblemAssertions;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The authorization matrix (issue 13), generated from {@link AccessRules}: every REST endpoint of the table is called
 * by every kind of caller (anonymous, shoppers A and B, sellers A and B, an admin session, a key per scope, a
 * seller-bound key, the admin key) against the running shop, and the answer must be what the table says: refused
 * (401 for anonymous callers, 403 for the others, as problem+json) or let through (anything but 401/403: an allowed
 * call may still fail validation, which is how the requests here avoid changing the shop). Then every page folder
 * by every session kind, and the rules the features add on top of the table (seller-bound events, a seller's view
 * of an order, key list / revoke / expiry).
 */
class AuthorizationMatrixIT extends DeployedShop {

    static final String PASSWORD = System.getProperty("it.demo.password", "vitrine-demo");
    static final String SHOPPER_A = "shopper0001@demo.vitrine.io";
    static final String SHOPPER_B = "shopper0002@demo.vitrine.io";
    static final String SELLER_A = "seller01@demo.vitrine.io";
    static final String SELLER_B = "seller02@demo.vitrine.io";
    static final String ADMIN = "admin@demo.vitrine.io";

    /** A caller: how it calls (client) and what the table knows of it (model). */
    record Who(String label, Api client, Caller model) {
    }

    /** One concrete call of an endpoint; {@code params} are its path/query parameter values for the own-data rule. */
    record Call(String method, String path, String contentType, byte[] body, Map<String, String> params, Optional<Set<String>> owners) {
    }

    /** The shop as the matrix sees it: targets owned by seller A and shopper A. */
    final class Shop {
        String sellerA;
        String sellerB;
        String shopperA;
        String shopperB;
        String productA;
        String productB;
        String productToDelete;
        String orderA;
        final Map<String, Api> sessions = new HashMap<>();
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() throws Exception {
        Shop shop = prepare();
        List<Who> callers = callers(shop);
        Map<String, Function<Who, Call>> calls = calls(shop);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (AccessRules.Endpoint e : AccessRules.REST) {
            Function<Who, Call> call = calls.get(e.key());
            if (call == null) {
                wrong.add(e.key() + ": the matrix has no call for this row (add one to AuthorizationMatrixIT.calls)");
                continue;
            }
            // refused callers first: the allowed ones may consume the target (a deleted product)
            List<Who> ordered = new ArrayList<>(callers);
            ordered.sort(Comparator.comparing(w -> expected(e, call.apply(w), w)));
            for (Who w : ordered) {
                Call c = call.apply(w);
                boolean allowed = expected(e, c, w);
                if (!allowed || !EXPENSIVE.contains(e.key())) {
                    Api.Resp r = send(w.client(), c);
                    checked++;
                    String verdict = check(r, allowed, w);
                    if (verdict != null) {
                        wrong.add(e.httpMethod() + " " + c.path() + " as " + w.label() + ": " + verdict);
                    }
                }
            }
        }
        assertTrue(checked >= AccessRules.REST.size() * 10, "the matrix ran: " + checked + " calls");
        assertTrue(wrong.isEmpty(), wrong.size() + " answers differ from AccessRules:\n" + String.join("\n", wrong));
    }

    /** Retraining starts long jobs (other ITs run them as admins); only the refusals are checked here. */
    static final Set<String> EXPENSIVE = Set.of("RetrainAliases#retrainRecommendations", "RetrainAliases#retrainPhotos",
            "RetrainAliases#retrainChat", "ModelsResource#retrain");

    static boolean expected(AccessRules.Endpoint e, Call c, Who w) {
        return e.rule().permits(w.model(), p -> Optional.ofNullable(c.params().get(p)))
                && e.rule().ownerAllows(w.model(), c.owners());
    }

    /** Null when the answer is the expected one, else what is wrong. */
    static String check(Api.Resp r, boolean allowed, Who w) {
        if (allowed) {
            return r.status() == 401 || r.status() == 403 ? "expected to be let through, got " + r : null;
        }
        int status = w.model().isAuthenticated() ? 403 : 401;
        try {
            ProblemAssertions.assertProblem(r, status);
            return null;
        } catch (AssertionError e) {
            return "expected " + status + " problem, got " + r.status() + " " + abbreviate(r.body());
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    Shop prepare() throws Exception {
        Shop shop = new Shop();
        for (String email : List.of(SHOPPER_A, SHOPPER_B, SELLER_A, SELLER_B, ADMIN)) {
            shop.sessions.put(email, logIn(email));
        }
        JsonObject meA = shop.sessions.get(SHOPPER_A).get("/api/v1/me").json();
        assertEquals("shopper", meA.getString("kind"));
        shop.shopperA = meA.getString("shopperId");
        shop.shopperB = shop.sessions.get(SHOPPER_B).get("/api/v1/me").json().getString("shopperId");
        assertTrue(ShopperIds.isPublicId(shop.shopperA), shop.shopperA);
        assertEquals(shop.shopperA, shopperId(SHOPPER_A), "the admin look-up and the shopper's own /me agree");
        shop.sellerA = shop.sessions.get(SELLER_A).get("/api/v1/me").json().getString("sellerId");
        shop.sellerB = shop.sessions.get(SELLER_B).get("/api/v1/me").json().getString("sellerId");
        shop.productA = productOf(shop.sellerA);
        shop.productB = productOf(shop.sellerB);

        JsonObject category = api.get("/api/v1/categories").jsonArray().getJsonObject(0);
        shop.productToDelete = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Resp created = admin.post("/api/v1/products", "{\"id\":\"" + shop.productToDelete + "\",\"sellerId\":\"" + shop.sellerA
                + "\",\"name\":{\"en\":\"Matrix lamp\"},\"category\":\"" + category.getString("id") + "\",\"subCategory\":\""
                + category.getJsonArray("subCategories").getJsonObject(0).getString("id") + "\",\"price\":3.5,\"stock\":2}");
        assertEquals(201, created.status(), created.body());

        Api.Resp order = admin.post("/api/v1/orders", "{\"accountId\":\"" + shop.shopperA + "\",\"lines\":[{\"productId\":\""
                + shop.productA + "\",\"quantity\":1}]}");
        assertEquals(201, order.status(), order.body());
        shop.orderA = order.json().getString("number");
        assertEquals(shop.shopperA, order.json().getString("accountId"), "orders name the shopper by opaque id");
        return shop;
    }

    private String productOf(String seller) {
        return api.get("/api/v1/products?size=100&seller=" + seller).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getInt("stock") >= 3).findFirst().orElseThrow().getString("id");
    }

    List<Who> callers(Shop shop) {
        List<Who> out = new ArrayList<>();
        out.add(new Who("anonymous", api, Caller.ANONYMOUS));
        out.add(new Who("shopper A", shop.sessions.get(SHOPPER_A), Caller.shopper(SHOPPER_A, shop.shopperA)));
        out.add(new Who("shopper B", shop.sessions.get(SHOPPER_B), Caller.shopper(SHOPPER_B, shop.shopperB)));
        out.add(new Who("seller A", shop.sessions.get(SELLER_A), new Caller(Caller.Kind.SELLER, SELLER_A, Optional.of(shop.sellerA))));
        out.add(new Who("seller B", shop.sessions.get(SELLER_B), new Caller(Caller.Kind.SELLER, SELLER_B, Optional.of(shop.sellerB))));
        out.add(new Who("admin session", shop.sessions.get(ADMIN), new Caller(Caller.Kind.ADMIN, ADMIN, Optional.empty())));
        out.add(key("key catalog:write (seller A)", Set.of(Scope.CATALOG_WRITE), shop.sellerA));
        out.add(key("key events:write", Set.of(Scope.EVENTS_WRITE), null));
        out.add(key("key orders:read", Set.of(Scope.ORDERS_READ), null));
        out.add(key("key orders:write", Set.of(Scope.ORDERS_WRITE), null));
        out.add(key("key recommendations:read", Set.of(Scope.RECOMMENDATIONS_READ), null));
        out.add(key("key admin", Set.of(Scope.ADMIN), null));
        out.add(key("seller-bound key (seller A)", Scope.SELLER_SCOPES, shop.sellerA));
        out.add(new Who("bootstrap admin key", admin, new Caller(Caller.Kind.ADMIN, "bootstrap admin", Optional.empty())));
        return out;
    }

    private Who key(String label, Set<Scope> scopes, String seller) {
        String body = "{\"name\":\"matrix " + label + "\",\"scopes\":["
                + String.join(",", scopes.stream().map(s -> "\"" + s.label() + "\"").toList()) + "]"
                + (seller == null ? "" : ",\"sellerId\":\"" + seller + "\"") + "}";
        Api.Resp issued = admin.post("/api/v1/admin/api-keys", body);
        assertEquals(201, issued.status(), issued.body());
        Caller model = scopes.contains(Scope.ADMIN)
                ? new Caller(Caller.Kind.ADMIN, label, Optional.empty(), EnumSet.allOf(Scope.class), Optional.empty())
                : new Caller(Caller.Kind.PARTNER, label, Optional.ofNullable(seller), scopes, Optional.empty());
        return new Who(label, api.withKey(issued.json().getString("key")), model);
    }

    /** A concrete call for every row of the table; bodies are invalid where a valid one would change the shop. */
    Map<String, Function<Who, Call>> calls(Shop s) {
        Map<String, Function<Who, Call>> m = new HashMap<>();
        Optional<Set<String>> ofA = Optional.of(Set.of(s.sellerA));
        m.put("PingResource#ping", w -> get("/api/v1/ping"));
        m.put("CallerResource#me", w -> get("/api/v1/me"));
        m.put("ApiKeyResource#issue", w -> json("POST", "/api/v1/admin/api-keys", "{}"));
        m.put("ApiKeyResource#list", w -> get("/api/v1/admin/api-keys"));
        m.put("ApiKeyResource#revoke", w -> call("DELETE", "/api/v1/admin/api-keys/key_nosuchkey", null, null, Map.of(), Optional.empty()));
        m.put("ShopperLookupResource#find", w -> get("/api/v1/admin/shoppers"));
        // accounts: unknown ids and empty bodies, so an allowed call changes nothing (the set-up is closed: 409)
        m.put("StaffAccountResource#list", w -> get("/api/v1/admin/accounts"));
        m.put("StaffAccountResource#changeRole", w -> json("PUT", "/api/v1/admin/accounts/sh_nosuchaccount/role", "{}"));
        m.put("StaffAccountResource#disable", w -> json("POST", "/api/v1/admin/accounts/sh_nosuchaccount/disable", ""));
        m.put("StaffAccountResource#enable", w -> json("POST", "/api/v1/admin/accounts/sh_nosuchaccount/enable", ""));
        m.put("StaffAccountResource#passwordReset", w -> json("POST", "/api/v1/admin/accounts/sh_nosuchaccount/password-reset", ""));
        m.put("InvitationResource#invite", w -> json("POST", "/api/v1/admin/invitations", "{}"));
        m.put("InvitationResource#list", w -> get("/api/v1/admin/invitations"));
        m.put("InvitationResource#cancel", w -> call("DELETE", "/api/v1/admin/invitations/inv_nosuchinvitation", null, null, Map.of(), Optional.empty()));
        // merchandising: an unknown id and an empty body, so an allowed call changes nothing (404 / 400)
        m.put("MerchandisingResource#list", w -> get("/api/v1/merchandising/rules"));
        m.put("MerchandisingResource#get", w -> get("/api/v1/merchandising/rules/no-such-rule"));
        m.put("MerchandisingResource#create", w -> json("POST", "/api/v1/merchandising/rules", "{}"));
        m.put("MerchandisingResource#update", w -> json("PUT", "/api/v1/merchandising/rules/no-such-rule", "{}"));
        m.put("MerchandisingResource#delete", w -> call("DELETE", "/api/v1/merchandising/rules/no-such-rule", null, null, Map.of(), Optional.empty()));
        m.put("MerchandisingResource#preview", w -> json("POST", "/api/v1/merchandising/preview", "{}"));
        m.put("MerchandisingResource#changes", w -> get("/api/v1/merchandising/changes"));
        // experiments: an unknown id and an empty body, so an allowed call changes nothing (404 / 400)
        m.put("ExperimentResource#list", w -> get("/api/v1/admin/experiments"));
        m.put("ExperimentResource#create", w -> json("POST", "/api/v1/admin/experiments", "{}"));
        m.put("ExperimentResource#get", w -> get("/api/v1/admin/experiments/exp-nosuch"));
        m.put("ExperimentResource#start", w -> json("POST", "/api/v1/admin/experiments/exp-nosuch/start", ""));
        m.put("ExperimentResource#pause", w -> json("POST", "/api/v1/admin/experiments/exp-nosuch/pause", ""));
        m.put("ExperimentResource#stop", w -> json("POST", "/api/v1/admin/experiments/exp-nosuch/stop", "{}"));
        m.put("ExperimentResource#promote", w -> json("POST", "/api/v1/admin/experiments/exp-nosuch/promote", "{}"));
        m.put("ExperimentResource#assignment", w -> get("/api/v1/admin/experiments/exp-nosuch/assignment?shopper=anon:x"));
        m.put("OnboardingResource#setup", w -> json("POST", "/api/v1/accounts/setup", "{}"));
        m.put("OnboardingResource#accept", w -> json("POST", "/api/v1/accounts/invitations/accept", "{}"));
        m.put("OnboardingResource#reset", w -> json("POST", "/api/v1/accounts/password-resets", "{}"));
        m.put("OnboardingResource#apply", w -> json("POST", "/api/v1/accounts/seller-applications", "{}"));
        // seller profiles: seller A's, with an empty body / no image, so an allowed call changes nothing (400 / 404)
        m.put("SellerProfileResource#get", w -> call("GET", "/api/v1/sellers/" + s.sellerA + "/profile", null, null, Map.of("id", s.sellerA), ofA));
        m.put("SellerProfileResource#update", w -> call("PUT", "/api/v1/sellers/" + s.sellerA + "/profile", "application/json", "{}".getBytes(),
                Map.of("id", s.sellerA), ofA));
        m.put("SellerProfileResource#putLogo", w -> call("PUT", "/api/v1/sellers/" + s.sellerA + "/logo", "image/png", "not an image".getBytes(),
                Map.of("id", s.sellerA), ofA));
        m.put("SellerProfileResource#deleteLogo", w -> call("DELETE", "/api/v1/sellers/" + s.sellerA + "/logo", null, null, Map.of("id", s.sellerA), ofA));
        m.put("SellerProfileResource#logo", w -> get("/api/v1/sellers/" + s.sellerA + "/logo"));
        m.put("ImportResource#run", w -> json("POST", "/api/v1/admin/imports", "{}"));
        m.put("CategoryResource#list", w -> get("/api/v1/categories"));
        m.put("ImageResource#get", w -> get("/api/v1/images/" + "0".repeat(64)));
        m.put("ImageResource#invalid", w -> get("/api/v1/images/not-an-image-id"));
        m.put("ProductResource#list", w -> get("/api/v1/products?size=1"));
        m.put("ProductResource#get", w -> get("/api/v1/products/" + s.productA));
        m.put("ProductResource#create", w -> json("POST", "/api/v1/products", "{}"));
        m.put("ProductResource#update", w -> call("PUT", "/api/v1/products/" + s.productA, "application/json", "{}".getBytes(),
                Map.of("id", s.productA), ofA));
        m.put("ProductResource#delete", w -> call("DELETE", "/api/v1/products/" + s.productToDelete, null, null,
                Map.of("id", s.productToDelete), ofA));
        m.put("ProductResource#addImage", w -> call("POST", "/api/v1/products/" + s.productA + "/images", "image/png",
                "not an image".getBytes(), Map.of("id", s.productA), ofA));
        // a seller-bound caller names one of its own products (the events rule of the feature is checked below)
        m.put("EventResource#record", w -> json("POST", "/api/v1/events", "{\"type\":\"teleport\",\"userId\":\"anon:matrix\",\"productId\":\""
                + (s.sellerB.equals(w.model().sellerId().orElse(null)) ? s.productB : s.productA) + "\"}"));
        m.put("OrderResource#list", w -> call("GET", "/api/v1/orders?account=" + s.shopperA, null, null, Map.of("account", s.shopperA), Optional.empty()));
        m.put("OrderResource#get", w -> call("GET", "/api/v1/orders/" + s.orderA, null, null, Map.of("number", s.orderA), ofA));
        m.put("OrderResource#place", w -> json("POST", "/api/v1/orders", "{}"));
        m.put("RecommendationListResource#forUser", w -> call("GET", "/api/v1/recommendations/users/" + s.shopperA + "?n=3", null, null,
                Map.of("userId", s.shopperA), Optional.empty()));
        m.put("SimilarProductsResource#similar", w -> get("/api/v1/products/" + s.productA + "/similar?n=2"));
        m.put("BoughtTogetherResource#boughtTogether", w -> get("/api/v1/products/" + s.productA + "/bought-together?n=2"));
        m.put("RecommendationListResource#popular", w -> get("/api/v1/popular?n=2"));
        m.put("RecommendationListResource#trending", w -> get("/api/v1/trending?n=2"));
        m.put("RetrainAliases#retrainRecommendations", w -> json("POST", "/api/v1/admin/recommendations/retrain", ""));
        m.put("RetrainAliases#recommendationsJob", w -> get("/api/v1/admin/recommendations/retrain/no-such-job"));
        m.put("SearchResource#search", w -> get("/api/v1/search?q=lamp"));
        m.put("SearchResource#suggest", w -> get("/api/v1/search/suggest?q=la"));
        m.put("CompareResource#compare", w -> get("/api/v1/compare?ids=" + s.productA + "," + s.productB));
        m.put("ImageSearchResource#search", w -> call("POST", "/api/v1/search/image", "image/png", "not an image".getBytes(), Map.of(), Optional.empty()));
        m.put("LooksLikeResource#looksLike", w -> get("/api/v1/products/" + s.productA + "/looks-like?n=2"));
        m.put("RetrainAliases#retrainPhotos", w -> json("POST", "/api/v1/admin/vision/retrain", ""));
        m.put("RetrainAliases#photosJob", w -> get("/api/v1/admin/vision/retrain/no-such-job"));
        m.put("ChatResource#ask", w -> json("POST", "/api/v1/chat", "{}"));
        m.put("RetrainAliases#retrainChat", w -> json("POST", "/api/v1/admin/chat/retrain", ""));
        m.put("RetrainAliases#chatJob", w -> get("/api/v1/admin/chat/retrain/no-such-job"));
        m.put("ModelsResource#kinds", w -> get("/api/v1/admin/models"));
        m.put("ModelsResource#history", w -> get("/api/v1/admin/models/shop-blend"));
        m.put("ModelsResource#retrain", w -> json("POST", "/api/v1/admin/models/shop-blend/retrain", ""));
        m.put("ModelsResource#job", w -> get("/api/v1/admin/models/shop-blend/jobs/no-such-job"));
        m.put("FaqResource#list", w -> get("/api/v1/admin/chat/faq"));
        m.put("FaqResource#get", w -> get("/api/v1/admin/chat/faq/matrix-none"));
        m.put("FaqResource#put", w -> json("PUT", "/api/v1/admin/chat/faq/matrix-none", "{}"));
        m.put("FaqResource#delete", w -> call("DELETE", "/api/v1/admin/chat/faq/matrix-none", null, null, Map.of(), Optional.empty()));
        // import jobs: "{}" is no catalogue (400), the job id is nobody's (404); nothing is imported
        m.put("ImportJobResource#upload", w -> json("POST", "/api/v1/imports", "{}"));
        m.put("ImportJobResource#list", w -> get("/api/v1/imports"));
        m.put("ImportJobResource#get", w -> get("/api/v1/imports/00000000-0000-0000-0000-000000000000"));
        m.put("ImportJobResource#errors", w -> get("/api/v1/imports/00000000-0000-0000-0000-000000000000/errors"));
        m.put("ExportResource#download", w -> get("/api/v1/exports/orders.csv"));
        m.put("AnalyticsResource#summary", w -> get("/api/v1/analytics/summary"));
        m.put("AnalyticsResource#dashboard", w -> get("/api/v1/analytics/dashboard"));
        m.put("AnalyticsResource#products", w -> get("/api/v1/analytics/products"));
        return m;
    }

    private static Call get(String path) {
        return call("GET", path, null, null, Map.of(), Optional.empty());
    }

    private static Call json(String method, String path, String body) {
        return call(method, path, "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of(), Optional.empty());
    }

    private static Call call(String method, String path, String type, byte[] body, Map<String, String> params, Optional<Set<String>> owners) {
        return new Call(method, path, type, body, params, owners);
    }

    private static Api.Resp send(Api client, Call c) {
        return switch (c.method()) {
            case "GET" -> client.get(c.path());
            case "DELETE" -> client.delete(c.path());
            case "PUT" -> client.put(c.path(), new String(c.body(), StandardCharsets.UTF_8));
            case "POST" -> client.post(c.path(), c.contentType(), c.body());
            default -> throw new IllegalArgumentException(c.method());
        };
    }

    @Test
    void everyPageFolderAnswersEverySessionAsTheTableSays() throws Exception {
        Map<String, String> pages = Map.of("/seller/*", "/seller/dashboard.xhtml", "/admin/*", "/admin/dashboard.xhtml",
                "/order/*", "/order/history.xhtml", "/cart/*", "/cart/cart.xhtml", "/catalog/*", "/catalog/browse.xhtml",
                "/search/*", "/search/results.xhtml?q=lamp", "/vision/*", "/vision/photo.xhtml", "/customer/*",
                "/customer/register.xhtml", "/login.xhtml", "/login.xhtml", "/index.xhtml", "/index.xhtml");
        Map<String, Optional<String>> sessions = Map.of("anonymous", Optional.empty(), SHOPPER_A, Optional.of("SHOPPER"),
                SELLER_A, Optional.of("SELLER"), ADMIN, Optional.of("ADMIN"));
        Map<String, HttpClient> clients = new HashMap<>();
        clients.put("anonymous", client());
        for (String email : List.of(SHOPPER_A, SELLER_A, ADMIN)) {
            HttpClient c = client();
            logIn(c, email);
            clients.put(email, c);
        }
        List<String> wrong = new ArrayList<>();
        String root = base.toString().replaceAll("/$", "");
        for (AccessRules.PageRule rule : AccessRules.PAGES) {
            String page = pages.get(rule.urlPattern());
            if (page == null) {
                assertTrue(rule.urlPattern().startsWith("/WEB-INF"), "the matrix has no page for " + rule.urlPattern());
                continue;
            }
            for (var session : sessions.entrySet()) {
                boolean allowed = rule.roles().isEmpty() || session.getValue().map(rule.roles()::contains).orElse(false);
                HttpResponse<String> r = clients.get(session.getKey()).send(HttpRequest.newBuilder(URI.create(root + page)).build(),
                        HttpResponse.BodyHandlers.ofString());
                boolean toLogin = (r.statusCode() == 302 || r.statusCode() == 303)
                        && r.headers().firstValue("Location").orElse("").contains("login");
                boolean refused = toLogin || r.statusCode() == 401 || r.statusCode() == 403;
                if (allowed == refused) {
                    wrong.add(page + " as " + session.getKey() + ": expected " + (allowed ? "the page" : "a refusal or the log-in")
                            + ", got " + r.statusCode() + " " + r.headers().firstValue("Location").orElse(""));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void sellersSeeOnlyTheirOwnAndWriteEventsOnlyAboutTheirOwnProductsForAnonymousIds() throws Exception {
        Shop shop = new Shop();
        Api sellerA = logIn(SELLER_A);
        shop.sellerA = sellerA.get("/api/v1/me").json().getString("sellerId");
        shop.sellerB = logIn(SELLER_B).get("/api/v1/me").json().getString("sellerId");
        shop.productA = productOf(shop.sellerA);
        shop.productB = productOf(shop.sellerB);
        Api boundKey = api.withKey(admin.post("/api/v1/admin/api-keys", "{\"name\":\"matrix bound\",\"sellerId\":\"" + shop.sellerA + "\"}")
                .json().getString("key"));
        String named = shopperId(SHOPPER_A);

        // events: own product and anonymous id only
        assertEquals(202, boundKey.post("/api/v1/events", "{\"type\":\"view\",\"userId\":\"anon:matrix-" + UUID.randomUUID()
                + "\",\"productId\":\"" + shop.productA + "\"}").status());
        ProblemAssertions.assertProblem(boundKey.post("/api/v1/events", "{\"type\":\"view\",\"userId\":\"anon:matrix\",\"productId\":\""
                + shop.productB + "\"}"), 403);
        ProblemAssertions.assertProblem(boundKey.post("/api/v1/events", "{\"type\":\"purchase\",\"userId\":\"" + named
                + "\",\"productId\":\"" + shop.productA + "\"}"), 403);
        ProblemAssertions.assertProblem(sellerA.post("/api/v1/events", "{\"type\":\"view\",\"userId\":\"" + SHOPPER_A
                + "\",\"productId\":\"" + shop.productA + "\"}"), 403);

        // an order with lines of A and B: each seller sees its own lines only, and never who the shopper is
        Api.Resp placed = admin.post("/api/v1/orders", "{\"accountId\":\"" + named + "\",\"lines\":[{\"productId\":\"" + shop.productA
                + "\",\"quantity\":1},{\"productId\":\"" + shop.productB + "\",\"quantity\":1}]}");
        assertEquals(201, placed.status(), placed.body());
        String number = placed.json().getString("number");
        for (Api seller : List.of(sellerA, boundKey)) {
            Api.Resp seen = seller.get("/api/v1/orders/" + number);
            assertEquals(200, seen.status(), seen.body());
            assertFalse(seen.body().contains("@") || seen.body().contains(named), "no shopper e-mail or id: " + seen.body());
            seen.json().getJsonArray("lines").forEach(l -> assertEquals(shop.sellerA, l.asJsonObject().getString("sellerId")));
            assertEquals(1, seen.json().getJsonArray("lines").size());
        }
        Api.Resp whole = admin.get("/api/v1/orders/" + number);
        assertEquals(2, whole.json().getJsonArray("lines").size());
        assertEquals(named, whole.json().getString("accountId"));
        assertFalse(whole.body().contains("@"), whole.body());
    }

    @Test
    void keysAreListedWithoutSecretsRevokedAtOnceAndExpire() throws InterruptedException {
        Api.Resp issued = admin.post("/api/v1/admin/api-keys", "{\"name\":\"matrix revoke\",\"scopes\":[\"recommendations:read\"]}");
        assertEquals(201, issued.status(), issued.body());
        String secret = issued.json().getString("key");
        String id = issued.json().getString("id");
        Api key = api.withKey(secret);
        assertEquals(200, key.get("/api/v1/me").status());

        Api.Resp list = admin.get("/api/v1/admin/api-keys");
        assertEquals(200, list.status(), list.body());
        assertFalse(list.body().contains(secret), "never the secret");
        JsonObject listed = list.jsonArray().stream().map(JsonValue::asJsonObject).filter(k -> k.getString("id").equals(id))
                .findFirst().orElseThrow();
        assertEquals(List.of("recommendations:read"), listed.getJsonArray("scopes").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertFalse(listed.isNull("lastUsedAt"), "the use above is recorded: " + listed);
        JsonObject bootstrap = list.jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(k -> k.getString("name").equals("bootstrap admin")).findFirst().orElseThrow();
        assertTrue(bootstrap.getJsonArray("scopes").toString().contains("\"admin\""), bootstrap.toString());

        assertEquals(204, admin.delete("/api/v1/admin/api-keys/" + id).status());
        ProblemAssertions.assertProblem(key.get("/api/v1/me"), 401);
        ProblemAssertions.assertProblem(admin.delete("/api/v1/admin/api-keys/" + id), 404);

        ProblemAssertions.assertProblem(admin.post("/api/v1/admin/api-keys", "{\"name\":\"x\",\"scopes\":[\"catalog:write\"]}"), 400);
        ProblemAssertions.assertProblem(admin.post("/api/v1/admin/api-keys", "{\"name\":\"x\",\"scopes\":[\"root\"]}"), 400);
        ProblemAssertions.assertProblem(admin.post("/api/v1/admin/api-keys",
                "{\"name\":\"x\",\"scopes\":[\"events:write\"],\"expiresAt\":\"2000-01-01T00:00:00Z\"}"), 400);
        String soon = java.time.Instant.now().plusSeconds(2).toString();
        Api expiring = api.withKey(admin.post("/api/v1/admin/api-keys", "{\"name\":\"matrix expiring\",\"scopes\":[\"events:write\"],"
                + "\"expiresAt\":\"" + soon + "\"}").json().getString("key"));
        assertEquals(200, expiring.get("/api/v1/me").status());
        long until = System.currentTimeMillis() + 10_000;
        while (expiring.get("/api/v1/me").status() == 200 && System.currentTimeMillis() < until) {
            Thread.sleep(250);
        }
        ProblemAssertions.assertProblem(expiring.get("/api/v1/me"), 401);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** An API client carrying the session of an account logged in through the storefront's form. */
    private Api logIn(String email) throws Exception {
        HttpClient http = client();
        logIn(http, email);
        return Api.at(base, http);
    }

    private void logIn(HttpClient http, String email) throws Exception {
        String root = base.toString().replaceAll("/$", "");
        String page = http.send(HttpRequest.newBuilder(URI.create(root + "/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(state.find(), "the log-in form has a view state");
        String form = "login=login&login%3Aemail=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&login%3Apassword=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&login%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> after = http.send(HttpRequest.newBuilder(URI.create(root + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, after.statusCode(), email + " logs in: " + after.body());
    }
}
