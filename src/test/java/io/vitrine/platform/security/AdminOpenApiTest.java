package io.vitrine.platform.security;

import org.eclipse.microprofile.openapi.models.Constructible;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.eclipse.microprofile.openapi.spi.OASFactoryResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The admin operations of {@code /openapi} get the admin tag and the apiKey requirement from {@link AccessRules}, once,
 * and nothing else changes. The OpenAPI model is hand-built (the server's implementation is not on the test path).
 */
class AdminOpenApiTest {

    private static OASFactoryResolver previous;

    @BeforeAll
    static void handBuiltModel() {
        try {
            previous = OASFactoryResolver.instance();
        } catch (RuntimeException noImplementation) {
            previous = null;
        }
        OASFactoryResolver.setInstance(new OASFactoryResolver() {
            @Override
            public <T extends Constructible> T createObject(Class<T> type) {
                return model(type);
            }
        });
    }

    @AfterAll
    static void restore() {
        OASFactoryResolver.setInstance(previous);
    }

    @Test
    void adminOperationsGetTheTagAndTheKeyRequirementOnce() {
        Operation models = model(Operation.class);
        Operation faq = model(Operation.class).addTag("admin")
                .addSecurityRequirement(model(SecurityRequirement.class).addScheme("apiKey"));
        Operation revoke = model(Operation.class);
        OpenAPI api = document(Map.of(
                "/api/v1/admin/models", Map.of(PathItem.HttpMethod.GET, models),
                "/api/v1/admin/chat/faq/{id}", Map.of(PathItem.HttpMethod.PUT, faq),
                "/api/v1/admin/api-keys/{keyId}", Map.of(PathItem.HttpMethod.DELETE, revoke)));

        new AdminOpenApi().filterOpenAPI(api);

        for (Operation op : List.of(models, faq, revoke)) {
            assertEquals(List.of("admin"), op.getTags());
            assertEquals(1, op.getSecurity().size());
            assertEquals(Map.of("apiKey", List.of()), op.getSecurity().get(0).getSchemes());
        }
        assertEquals(List.of("admin"), api.getTags().stream().map(Tag::getName).toList(), "the tag is declared once");
    }

    @Test
    void otherOperationsKeepWhatTheirAnnotationsSay() {
        Operation products = model(Operation.class).addTag("catalog");
        Operation me = model(Operation.class);
        Operation place = model(Operation.class).addTag("orders")
                .addSecurityRequirement(model(SecurityRequirement.class).addScheme("apiKey"));
        Operation unknown = model(Operation.class);
        OpenAPI api = document(Map.of(
                "/api/v1/products", Map.of(PathItem.HttpMethod.GET, products),
                "/api/v1/me", Map.of(PathItem.HttpMethod.GET, me),
                "/api/v1/orders", Map.of(PathItem.HttpMethod.POST, place),
                "/api/v1/admin/models", Map.of(PathItem.HttpMethod.PATCH, unknown)));

        new AdminOpenApi().filterOpenAPI(api);

        assertEquals(List.of("catalog"), products.getTags());
        assertNull(products.getSecurity());
        assertNull(me.getTags());
        assertNull(me.getSecurity());
        assertEquals(List.of("orders"), place.getTags());
        assertEquals(1, place.getSecurity().size());
        assertNull(unknown.getSecurity(), "a method the table does not have is left alone");
        assertNull(api.getTags(), "no admin operation, no admin tag");
    }

    @Test
    void everyAdminRowOfTheTableAndNoOtherIsDocumentedAsAdmin() {
        for (AccessRules.Endpoint e : AccessRules.REST) {
            boolean admin = e.rule().equals(Rule.admin());
            assertEquals(admin, AdminOpenApi.adminOnly(e.httpMethod(), "/api" + e.path()), e.key());
            assertEquals(admin, AdminOpenApi.adminOnly(e.httpMethod(), e.path()), e.key() + " without the application path");
        }
    }

    private static OpenAPI document(Map<String, Map<PathItem.HttpMethod, Operation>> operations) {
        Paths paths = model(Paths.class);
        operations.forEach((path, ops) -> {
            PathItem item = model(PathItem.class);
            ops.forEach(item::setOperation);
            paths.addPathItem(path, item);
        });
        OpenAPI api = model(OpenAPI.class);
        api.setPaths(paths);
        return api;
    }

    /**
     * A model object that keeps what is set on it: {@code getX}/{@code setX}, {@code addX} into a list (a map for path
     * items, operations and schemes), {@code name(..)}; default methods run as written.
     */
    @SuppressWarnings("unchecked")
    static <T> T model(Class<T> type) {
        Map<String, Object> values = new HashMap<>();
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            switch (name) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return type.getSimpleName() + values;
                case "setOperation":
                    ((Map<Object, Object>) values.computeIfAbsent("operations", k -> new LinkedHashMap<>())).put(args[0], args[1]);
                    return null;
                case "getOperations":
                    return values.getOrDefault("operations", new LinkedHashMap<>());
                case "addPathItem":
                    ((Map<Object, Object>) values.computeIfAbsent("pathItems", k -> new LinkedHashMap<>())).put(args[0], args[1]);
                    return proxy;
                case "addScheme":
                    ((Map<Object, Object>) values.computeIfAbsent("schemes", k -> new LinkedHashMap<>())).put(args[0], List.of());
                    return proxy;
                case "name":
                    values.put("name", args[0]);
                    return proxy;
                default:
                    break;
            }
            if (name.startsWith("get") && (args == null || args.length == 0)) {
                return values.get(property(name, 3));
            }
            if (name.startsWith("set") && args.length == 1) {
                values.put(property(name, 3), args[0]);
                return null;
            }
            if (name.startsWith("add") && args.length == 1) {
                String list = name.equals("addSecurityRequirement") ? "security" : property(name, 3) + "s";
                ((List<Object>) values.computeIfAbsent(list, k -> new ArrayList<>())).add(args[0]);
                return proxy;
            }
            throw new UnsupportedOperationException(type.getSimpleName() + "." + name);
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, handler);
    }

    private static String property(String accessor, int prefix) {
        return Character.toLowerCase(accessor.charAt(prefix)) + accessor.substring(prefix + 1);
    }
}
