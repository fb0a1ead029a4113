package io.vitrine.platform.security;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.util.List;
import java.util.Optional;

/**
 * Documents the admin endpoints from the authorization table instead of an annotation on every admin resource: each
 * operation whose {@link AccessRules} row is {@link Rule#admin()} gets the {@code admin} tag and the {@code apiKey}
 * security requirement in {@code /openapi} (registered as {@code mp.openapi.filter}). Other operations keep what
 * their annotations say.
 */
public class AdminOpenApi implements OASFilter {

    static final String TAG = "admin";
    static final String SCHEME = "apiKey";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean[] any = {false};
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (adminOnly(method.name(), path)) {
                document(operation);
                any[0] = true;
            }
        }));
        if (any[0] && !hasTag(openAPI.getTags())) {
            openAPI.addTag(OASFactory.createObject(Tag.class).name(TAG));
        }
    }

    /**
     * Is the operation at this OpenAPI path an admin-only row of the table? The table's paths start at {@code /v1/};
     * the document's may carry the application path (and context root) before it.
     */
    static boolean adminOnly(String httpMethod, String openApiPath) {
        int v1 = openApiPath.indexOf("/v1/");
        return v1 >= 0 && endpoint(httpMethod, openApiPath.substring(v1)).map(e -> e.rule().equals(Rule.admin())).orElse(false);
    }

    private static Optional<AccessRules.Endpoint> endpoint(String httpMethod, String path) {
        String shape = template(path);
        return AccessRules.REST.stream()
                .filter(e -> e.httpMethod().equalsIgnoreCase(httpMethod) && template(e.path()).equals(shape))
                .findFirst();
    }

    /** Path parameters compared by position only: {@code /a/{id}} and {@code /a/{job}} are one path. */
    private static String template(String path) {
        return path.replaceAll("\\{[^/]*}", "{}").replaceAll("/+$", "");
    }

    private static void document(Operation operation) {
        if (operation.getTags() == null || !operation.getTags().contains(TAG)) {
            operation.addTag(TAG);
        }
        List<SecurityRequirement> security = operation.getSecurity();
        if (security == null || security.stream().noneMatch(r -> r.hasScheme(SCHEME))) {
            operation.addSecurityRequirement(OASFactory.createObject(SecurityRequirement.class).addScheme(SCHEME));
        }
    }

    private static boolean hasTag(List<Tag> tags) {
        return tags != null && tags.stream().anyMatch(t -> TAG.equals(t.getName()));
    }
}
