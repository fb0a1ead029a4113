package io.vitrine.platform.security;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The authorization table is complete and true: every JAX-RS resource method has exactly one row whose HTTP method and
 * path are the method's own (a new endpoint without a rule fails the build), web.xml enforces the page rows it claims,
 * and docs/authorization.md is the table's own text.
 */
class AccessRulesTest {

    /** Every resource method of the application, keyed as the filter keys it, with its HTTP method and path. */
    static Map<String, String> resourceMethods() {
        Map<String, String> out = new TreeMap<>();
        Set<String> simpleNames = new HashSet<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().acceptPackages("io.vitrine").scan()) {
            for (Class<?> type : scan.getClassesWithAnnotation(Path.class).loadClasses()) {
                if (type.getName().startsWith("io.vitrine.it") || type.isInterface()) {
                    continue;
                }
                assertTrue(simpleNames.add(type.getSimpleName()), "two resources named " + type.getSimpleName());
                String root = type.getAnnotation(Path.class).value();
                for (Method m : type.getMethods()) {
                    Optional<String> http = httpMethod(m);
                    if (http.isEmpty()) {
                        continue;
                    }
                    Path sub = m.getAnnotation(Path.class);
                    String path = normalise("/" + root + (sub == null ? "" : "/" + sub.value()));
                    String previous = out.put(type.getSimpleName() + "#" + m.getName(), http.get() + " " + path);
                    assertEquals(null, previous, "overloaded resource method " + type.getSimpleName() + "#" + m.getName());
                }
            }
        }
        return out;
    }

    private static Optional<String> httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return Optional.of(h.value());
            }
        }
        return Optional.empty();
    }

    /** {@code /v1//images/{id: [0-9a-f]{64}}/} becomes {@code /v1/images/{id}}. */
    static String normalise(String path) {
        String p = path.replaceAll("\\{\\s*(\\w+)\\s*:[^/]*?}(?=/|$)", "{$1}").replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    @Test
    void everyResourceMethodHasARowAndEveryRowAMethod() {
        Map<String, String> methods = resourceMethods();
        assertTrue(methods.size() >= 40, "the scan found the resources: " + methods.keySet());
        Map<String, String> table = new HashMap<>();
        for (AccessRules.Endpoint e : AccessRules.REST) {
            assertEquals(null, table.put(e.key(), e.httpMethod() + " " + e.path()), "two rows for " + e.key());
        }
        Set<String> missing = new HashSet<>(methods.keySet());
        missing.removeAll(table.keySet());
        assertTrue(missing.isEmpty(), "resource methods without an access rule in AccessRules.REST: " + missing);
        Set<String> stale = new HashSet<>(table.keySet());
        stale.removeAll(methods.keySet());
        assertTrue(stale.isEmpty(), "rows of AccessRules.REST naming no resource method: " + stale);
        methods.forEach((key, endpoint) -> assertEquals(endpoint, table.get(key), "method and path of " + key));
    }

    @Test
    void webXmlEnforcesThePageRulesItClaims() throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("src/main/webapp/WEB-INF/web.xml"));
        Map<String, Set<String>> constraints = new TreeMap<>();
        NodeList list = doc.getElementsByTagName("security-constraint");
        for (int i = 0; i < list.getLength(); i++) {
            Element c = (Element) list.item(i);
            Set<String> roles = texts(c, "role-name");
            for (String pattern : texts(c, "url-pattern")) {
                constraints.put(pattern, roles);
            }
        }
        Map<String, Set<String>> claimed = AccessRules.PAGES.stream().filter(AccessRules.PageRule::webXml)
                .collect(Collectors.toMap(AccessRules.PageRule::urlPattern, AccessRules.PageRule::roles, (a, b) -> a, TreeMap::new));
        assertEquals(claimed, constraints, "web.xml security constraints = the page rows marked webXml");
    }

    private static Set<String> texts(Element parent, String tag) {
        Set<String> out = new HashSet<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().strip());
        }
        return out;
    }

    @Test
    void theDocumentationIsTheTable() throws Exception {
        java.nio.file.Path doc = Paths.get("docs/authorization.md");
        String generated = AccessRules.markdown();
        if (Boolean.getBoolean("authorization.write")) {
            Files.writeString(doc, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(doc), "docs/authorization.md is missing: run with -Dauthorization.write=true");
        assertEquals(generated, Files.readString(doc, StandardCharsets.UTF_8),
                "docs/authorization.md differs from AccessRules: regenerate it with -Dauthorization.write=true");
        for (AccessRules.Endpoint e : AccessRules.REST) {
            assertTrue(generated.contains("| " + e.httpMethod() + " | `" + e.path() + "` |"), e.key());
        }
    }

    static final Caller SHOPPER_A = Caller.shopper("a@x.io", "sh_aaaaaaaaaaaaaaaaaaaaaaaa");
    static final Caller SELLER_A = new Caller(Caller.Kind.SELLER, "s@x.io", Optional.of("shop-a"));
    static final Caller RECS_KEY = new Caller(Caller.Kind.PARTNER, "recs", Optional.empty(), Set.of(Scope.RECOMMENDATIONS_READ), Optional.empty());
    static final Caller ADMIN = new Caller(Caller.Kind.ADMIN, "root", Optional.empty());

    static Rule rule(String key) {
        String[] k = key.split("#");
        return AccessRules.of(k[0], k[1]).orElseThrow().rule();
    }

    @Test
    void aShoppersRecommendationsAreForThemOrAScopedKeyOnly() {
        Rule r = rule("RecommendationListResource#forUser");
        var own = (java.util.function.Function<String, Optional<String>>) p -> Optional.of("sh_aaaaaaaaaaaaaaaaaaaaaaaa");
        var other = (java.util.function.Function<String, Optional<String>>) p -> Optional.of("sh_bbbbbbbbbbbbbbbbbbbbbbbb");
        assertTrue(r.permits(SHOPPER_A, own));
        assertFalse(r.permits(SHOPPER_A, other));
        assertFalse(r.permits(Caller.ANONYMOUS, own));
        assertFalse(r.permits(SELLER_A, own), "sellers never read a named shopper's history");
        assertTrue(r.permits(RECS_KEY, other));
        assertTrue(r.permits(ADMIN, other));
        Caller boundRecs = new Caller(Caller.Kind.PARTNER, "x", Optional.of("shop-a"), Set.of(Scope.RECOMMENDATIONS_READ), Optional.empty());
        assertFalse(r.permits(boundRecs, other));
    }

    @Test
    void sellersWriteOnlyTheirOwnProducts() {
        Rule r = rule("ProductResource#update");
        assertTrue(r.permits(SELLER_A, p -> Optional.empty()));
        assertTrue(r.ownerAllows(SELLER_A, Optional.of(Set.of("shop-a"))));
        assertFalse(r.ownerAllows(SELLER_A, Optional.of(Set.of("shop-b"))));
        assertTrue(r.ownerAllows(ADMIN, Optional.of(Set.of("shop-b"))));
        assertFalse(r.permits(Caller.ANONYMOUS, p -> Optional.empty()));
        assertFalse(r.permits(SHOPPER_A, p -> Optional.empty()));
        assertFalse(r.permits(RECS_KEY, p -> Optional.empty()));
        for (AccessRules.Endpoint e : AccessRules.REST) {
            if (e.path().contains("/admin/")) {
                assertFalse(e.rule().permits(SELLER_A, p -> Optional.empty()), e.key());
                assertTrue(e.rule().permits(ADMIN, p -> Optional.empty()), e.key());
            }
        }
    }

    @Test
    void pathsNormalise() {
        assertEquals("/v1/images/{id}", normalise("/v1/images/{id: [0-9a-f]{64}}"));
        assertEquals("/v1/products", normalise("/v1/products/"));
        assertEquals(List.of(), List.of());
    }
}
