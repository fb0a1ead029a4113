package io.vitrine.platform.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.vitrine.platform.security.Rule.admin;
import static io.vitrine.platform.security.Rule.anyone;
import static io.vitrine.platform.security.Rule.authenticated;
import static io.vitrine.platform.security.Rule.scope;
import static io.vitrine.platform.security.Rule.sellers;
import static io.vitrine.platform.security.Rule.unboundScope;

/**
 * Who may do what: the one authorization table. Every JAX-RS resource method has a row ({@link AccessFilter}
 * refuses a method without one, and a unit test fails the build), every page folder a row that {@code web.xml}
 * mirrors. The authorization matrix test and docs/authorization.md are generated from it.
 */
public final class AccessRules {

    /**
     * One REST endpoint: the resource class (simple name) and Java method the filter matches on, the HTTP method and
     * path (under {@code /api}) for people and tests, and its rule.
     */
    public record Endpoint(String resource, String javaMethod, String httpMethod, String path, Rule rule) {

        public String key() {
            return resource + "#" + javaMethod;
        }
    }

    /**
     * A page folder or page: the roles it requires (empty: anyone), and whether web.xml's security constraints
     * enforce them ({@code false}: the page's bean sends anyone else to the log-in).
     */
    public record PageRule(String urlPattern, Set<String> roles, boolean webXml, String note) {
    }

    public static final List<Endpoint> REST = List.of(
            // platform
            e("PingResource", "ping", "GET", "/v1/ping", anyone()),
            e("CallerResource", "me", "GET", "/v1/me", authenticated()),
            e("ApiKeyResource", "issue", "POST", "/v1/admin/api-keys", admin()),
            e("ApiKeyResource", "list", "GET", "/v1/admin/api-keys", admin()),
            e("ApiKeyResource", "revoke", "DELETE", "/v1/admin/api-keys/{id}", admin()),
            e("ShopperLookupResource", "find", "GET", "/v1/admin/shoppers", admin()),
            e("ImportResource", "run", "POST", "/v1/admin/imports", admin()),
            // catalogue imports from a file upload, as background jobs: a seller its own (ImportJobs), admins any
            e("ImportJobResource", "upload", "POST", "/v1/imports", sellers()),
            e("ImportJobResource", "list", "GET", "/v1/imports", sellers()),
            e("ImportJobResource", "get", "GET", "/v1/imports/{id}", sellers()),
            e("ImportJobResource", "errors", "GET", "/v1/imports/{id}/errors", sellers()),
            // exports: a seller its own data only (ExportScope), admins the shop's or one seller's
            e("ExportResource", "download", "GET", "/v1/exports/{file}", sellers()),
            // accounts: staff, invitations, password resets, the first admin's set-up (open while the shop has no admin)
            e("StaffAccountResource", "list", "GET", "/v1/admin/accounts", admin()),
            e("StaffAccountResource", "changeRole", "PUT", "/v1/admin/accounts/{id}/role", admin()),
            e("StaffAccountResource", "disable", "POST", "/v1/admin/accounts/{id}/disable", admin()),
            e("StaffAccountResource", "enable", "POST", "/v1/admin/accounts/{id}/enable", admin()),
            e("StaffAccountResource", "passwordReset", "POST", "/v1/admin/accounts/{id}/password-reset", admin()),
            e("InvitationResource", "invite", "POST", "/v1/admin/invitations", admin()),
            e("InvitationResource", "list", "GET", "/v1/admin/invitations", admin()),
            e("InvitationResource", "cancel", "DELETE", "/v1/admin/invitations/{id}", admin()),
            e("OnboardingResource", "setup", "POST", "/v1/accounts/setup", anyone()),
            e("OnboardingResource", "accept", "POST", "/v1/accounts/invitations/accept", anyone()),
            e("OnboardingResource", "reset", "POST", "/v1/accounts/password-resets", anyone()),
            e("OnboardingResource", "apply", "POST", "/v1/accounts/seller-applications", anyone()),
            // seller profiles: admins any seller's, a seller its own (SellerProfiles); its logo is public
            e("SellerProfileResource", "get", "GET", "/v1/sellers/{id}/profile", sellers().ownedBy("seller", "id")),
            e("SellerProfileResource", "update", "PUT", "/v1/sellers/{id}/profile", sellers().ownedBy("seller", "id")),
            e("SellerProfileResource", "putLogo", "PUT", "/v1/sellers/{id}/logo", sellers().ownedBy("seller", "id")),
            e("SellerProfileResource", "deleteLogo", "DELETE", "/v1/sellers/{id}/logo", sellers().ownedBy("seller", "id")),
            e("SellerProfileResource", "logo", "GET", "/v1/sellers/{id}/logo", anyone()),
            // trained models: one surface for every kind, and the old per-feature retrain paths as aliases
            e("ExperimentResource", "list", "GET", "/v1/admin/experiments", admin()),
            e("ExperimentResource", "create", "POST", "/v1/admin/experiments", admin()),
            e("ExperimentResource", "get", "GET", "/v1/admin/experiments/{id}", admin()),
            e("ExperimentResource", "start", "POST", "/v1/admin/experiments/{id}/start", admin()),
            e("ExperimentResource", "pause", "POST", "/v1/admin/experiments/{id}/pause", admin()),
            e("ExperimentResource", "stop", "POST", "/v1/admin/experiments/{id}/stop", admin()),
            e("ExperimentResource", "promote", "POST", "/v1/admin/experiments/{id}/promote", admin()),
            e("ExperimentResource", "assignment", "GET", "/v1/admin/experiments/{id}/assignment", admin()),
            e("ModelsResource", "kinds", "GET", "/v1/admin/models", admin()),
            e("ModelsResource", "history", "GET", "/v1/admin/models/{kind}", admin()),
            e("ModelsResource", "retrain", "POST", "/v1/admin/models/{kind}/retrain", admin()),
            e("ModelsResource", "job", "GET", "/v1/admin/models/{kind}/jobs/{job}", admin()),
            e("RetrainAliases", "retrainRecommendations", "POST", "/v1/admin/recommendations/retrain", admin()),
            e("RetrainAliases", "recommendationsJob", "GET", "/v1/admin/recommendations/retrain/{job}", admin()),
            e("RetrainAliases", "retrainPhotos", "POST", "/v1/admin/vision/retrain", admin()),
            e("RetrainAliases", "photosJob", "GET", "/v1/admin/vision/retrain/{job}", admin()),
            e("RetrainAliases", "retrainChat", "POST", "/v1/admin/chat/retrain", admin()),
            e("RetrainAliases", "chatJob", "GET", "/v1/admin/chat/retrain/{job}", admin()),
            // catalogue
            e("CategoryResource", "list", "GET", "/v1/categories", anyone()),
            e("ImageResource", "get", "GET", "/v1/images/{id}", anyone()),
            e("ImageResource", "invalid", "GET", "/v1/images/{id}", anyone()),
            e("ProductResource", "list", "GET", "/v1/products", anyone()),
            e("ProductResource", "get", "GET", "/v1/products/{id}", anyone()),
            e("ProductResource", "create", "POST", "/v1/products", scope(Scope.CATALOG_WRITE)),
            e("ProductResource", "update", "PUT", "/v1/products/{id}", scope(Scope.CATALOG_WRITE).ownedBy("product", "id")),
            e("ProductResource", "delete", "DELETE", "/v1/products/{id}", scope(Scope.CATALOG_WRITE).ownedBy("product", "id")),
            e("ProductResource", "addImage", "POST", "/v1/products/{id}/images", scope(Scope.CATALOG_WRITE).ownedBy("product", "id")),
            // events and orders
            e("EventResource", "record", "POST", "/v1/events", scope(Scope.EVENTS_WRITE)),
            e("OrderResource", "list", "GET", "/v1/orders", unboundScope(Scope.ORDERS_READ).orSelf("account")),
            e("OrderResource", "get", "GET", "/v1/orders/{number}", scope(Scope.ORDERS_READ).ownedBy("order", "number")),
            e("OrderResource", "place", "POST", "/v1/orders", unboundScope(Scope.ORDERS_WRITE)),
            // recommendations
            e("RecommendationListResource", "forUser", "GET", "/v1/recommendations/users/{userId}",
                    unboundScope(Scope.RECOMMENDATIONS_READ).orSelf("userId")),
            e("SimilarProductsResource", "similar", "GET", "/v1/products/{id}/similar", anyone()),
            e("BoughtTogetherResource", "boughtTogether", "GET", "/v1/products/{id}/bought-together", anyone()),
            e("RecommendationListResource", "popular", "GET", "/v1/popular", anyone()),
            e("RecommendationListResource", "trending", "GET", "/v1/trending", anyone()),
            // search and photos
            e("SearchResource", "search", "GET", "/v1/search", anyone()),
            e("SearchResource", "suggest", "GET", "/v1/search/suggest", anyone()),
            e("CompareResource", "compare", "GET", "/v1/compare", anyone()),
            e("ImageSearchResource", "search", "POST", "/v1/search/image", anyone()),
            e("LooksLikeResource", "looksLike", "GET", "/v1/products/{id}/looks-like", anyone()),
            // chat
            e("ChatResource", "ask", "POST", "/v1/chat", anyone()),
            e("FaqResource", "list", "GET", "/v1/admin/chat/faq", admin()),
            e("FaqResource", "get", "GET", "/v1/admin/chat/faq/{id}", admin()),
            e("FaqResource", "put", "PUT", "/v1/admin/chat/faq/{id}", admin()),
            e("FaqResource", "delete", "DELETE", "/v1/admin/chat/faq/{id}", admin()),
            // merchandising: admins the shop's rules, sellers their own (Merchandising.ownerOf)
            e("MerchandisingResource", "list", "GET", "/v1/merchandising/rules", scope(Scope.CATALOG_WRITE)),
            e("MerchandisingResource", "get", "GET", "/v1/merchandising/rules/{id}", scope(Scope.CATALOG_WRITE)),
            e("MerchandisingResource", "create", "POST", "/v1/merchandising/rules", scope(Scope.CATALOG_WRITE)),
            e("MerchandisingResource", "update", "PUT", "/v1/merchandising/rules/{id}", scope(Scope.CATALOG_WRITE)),
            e("MerchandisingResource", "delete", "DELETE", "/v1/merchandising/rules/{id}", scope(Scope.CATALOG_WRITE)),
            e("MerchandisingResource", "preview", "POST", "/v1/merchandising/preview", scope(Scope.CATALOG_WRITE)),
            e("MerchandisingResource", "changes", "GET", "/v1/merchandising/changes", scope(Scope.CATALOG_WRITE)),
            // analytics: a seller reads its own figures only (AnalyticsService.scope)
            e("AnalyticsResource", "summary", "GET", "/v1/analytics/summary", sellers()),
            e("AnalyticsResource", "dashboard", "GET", "/v1/analytics/dashboard", sellers()),
            e("AnalyticsResource", "products", "GET", "/v1/analytics/products", sellers()));

    /** Pages; the roles are those of web.xml's security constraints (a unit test keeps both equal). */
    public static final List<PageRule> PAGES = List.of(
            new PageRule("/seller/*", Set.of("SELLER"), true, "a seller's own figures, products and messages"),
            new PageRule("/admin/*", Set.of("ADMIN"), true, "the whole shop, any seller, the models"),
            new PageRule("/WEB-INF/*", Set.of(), true, "nobody (templates are never served raw)"),
            new PageRule("/order/*", Set.of("SHOPPER", "SELLER", "ADMIN"), false,
                    "the logged-in account's own orders only; OrderHistoryView sends anyone else to the log-in"),
            new PageRule("/cart/*", Set.of(), false, "anyone; checkout asks for a log-in"),
            new PageRule("/catalog/*", Set.of(), false, "anyone"),
            new PageRule("/search/*", Set.of(), false, "anyone"),
            new PageRule("/vision/*", Set.of(), false, "anyone"),
            new PageRule("/customer/*", Set.of(), false,
                    "anyone: sign-up, a seller's application, an invitation or password reset link (its token is the permission), the first admin's set-up while the shop has none"),
            new PageRule("/login.xhtml", Set.of(), false, "anyone"),
            new PageRule("/index.xhtml", Set.of(), false, "anyone; recommendations for the session's own shopper only"));

    private static final Map<String, Endpoint> BY_KEY = REST.stream().collect(Collectors.toMap(Endpoint::key, Function.identity()));

    private AccessRules() {
    }

    private static Endpoint e(String resource, String method, String http, String path, Rule rule) {
        return new Endpoint(resource, method, http, path, rule);
    }

    /** The row of a resource method, by its class's simple name and method name. */
    public static Optional<Endpoint> of(String resourceSimpleName, String javaMethod) {
        return Optional.ofNullable(BY_KEY.get(resourceSimpleName + "#" + javaMethod));
    }

    /**
     * The row of an HTTP method and path as a document names it ({@code /openapi}): the table's paths start at
     * {@code /v1/}, so what comes before (application path, context root) is ignored, and path parameters are
     * compared by position only ({@code /keys/{id}} is {@code /keys/{keyId}}).
     */
    public static Optional<Endpoint> at(String httpMethod, String path) {
        int v1 = path.indexOf("/v1/");
        if (v1 < 0) {
            return Optional.empty();
        }
        String shape = template(path.substring(v1));
        return REST.stream().filter(e -> e.httpMethod().equalsIgnoreCase(httpMethod) && template(e.path()).equals(shape)).findFirst();
    }

    private static String template(String path) {
        return path.replaceAll("\\{[^/]*}", "{}").replaceAll("/+$", "");
    }

    /** docs/authorization.md as the table says it (a unit test checks the file is the same). */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Authorization\n\n")
                .append("Generated from `io.vitrine.platform.security.AccessRules` (the one table the code and the tests read);\n")
                .append("`AccessRulesTest` fails when this file differs: regenerate it with\n")
                .append("`mvn -o -q test -Dtest=AccessRulesTest -Dauthorization.write=true`.\n\n")
                .append("Callers: anonymous; a shopper's session; a seller's session (acts for its seller, holds `catalog:write`,\n")
                .append("`events:write`, `orders:read`); a partner API key (`X-API-Key`) with scopes `catalog:write`, `events:write`,\n")
                .append("`orders:read`, `orders:write`, `recommendations:read`, `admin`, optionally bound to one seller (then only\n")
                .append("`catalog:write`, `events:write`, `orders:read`), optionally expiring; an admin (key with `admin` or admin session),\n")
                .append("who may call everything. A refused call is `401` (no identity) or `403` (not allowed) `application/problem+json`,\n")
                .append("decided before the resource runs, so a refusal never says whether the shopper, product or order exists.\n\n")
                .append("## REST endpoints (under `/api`)\n\n| method | path | who may call it |\n|---|---|---|\n");
        for (Endpoint e : REST) {
            md.append("| ").append(e.httpMethod()).append(" | `").append(e.path()).append("` | ").append(e.rule().describe()).append(" |\n");
        }
        md.append("\n## Pages\n\n| pages | roles | enforced by | what |\n|---|---|---|---|\n");
        for (PageRule p : PAGES) {
            md.append("| `").append(p.urlPattern()).append("` | ")
                    .append(p.roles().isEmpty() ? (p.webXml() ? "none" : "anyone") : p.roles().stream().sorted().collect(Collectors.joining(", ")))
                    .append(" | ").append(p.webXml() ? "web.xml security constraint" : "the page").append(" | ").append(p.note()).append(" |\n");
        }
        md.append("""

                ## Rules the features apply on top of the table

                - **Opaque shopper ids.** Inside the shop an account is keyed by its e-mail (stored events, orders and the
                  trained models keep that id, so nothing stored had to change). Every account also has a random public id
                  (`sh_` + 24 hex digits, stored on the account, given to demo accounts too and to older accounts at start-up).
                  URLs and API answers carry only that id: `/v1/recommendations/users/{userId}` and `/v1/orders?account=`
                  take it (an e-mail there is a 400), order answers show it instead of the e-mail, and `POST /v1/events` /
                  `POST /v1/orders` translate it to the account when they store. A shopper finds their own id at `GET /v1/me`;
                  an admin looks one up with `GET /v1/admin/shoppers?email=`. Anonymous ids (`anon:...`) are already opaque.
                - **Sellers see only their own.** A seller session or seller-bound key manages only its own products, reads
                  only orders holding one of its products and sees only its own lines of them, never the shopper's id or
                  e-mail; its analytics are its own seller's only.
                - **Seller-bound keys and events.** A seller-bound caller may only post events about its own products and for
                  anonymous ids (`anon:...`): never for a named account, so a seller cannot poison a shopper's
                  recommendations nor another seller's figures. Search events carry no product and are refused to them too.
                - **Keys.** `GET /v1/admin/api-keys` lists keys (name, key id, scopes, seller, created, expires, last used;
                  never the secret, which is stored hashed), `DELETE /v1/admin/api-keys/{keyId}` revokes one at once. The last
                  use is written at most once a minute. Keys stored before scopes keep working: the admin flag becomes
                  `admin`; a seller-bound key gets the seller scopes; an unbound partner key gets `events:write`,
                  `orders:read`, `orders:write` and `recommendations:read` (no longer the products of every seller).
                """);
        return md.toString();
    }
}
