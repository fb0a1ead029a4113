package io.vitrine.platform.security;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.util.List;

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

    /** Is the operation at this OpenAPI path an admin-only row of the table? */
    static boolean adminOnly(String httpMethod, String openApiPath) {
        return AccessRules.at(httpMethod, openApiPath).map(e -> e.rule().equals(Rule.admin())).orElse(false);
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
