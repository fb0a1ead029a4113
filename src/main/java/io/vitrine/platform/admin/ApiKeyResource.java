package io.vitrine.platform.admin;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.catalog.CatalogService;
import io.vitrine.platform.security.ApiKeys;
import io.vitrine.platform.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/admin/api-keys}: issue a partner key, optionally bound to one seller. */
@Path("v1/admin/api-keys")
@RequestScoped
@Tag(name = "admin")
@SecurityRequirement(name = "apiKey")
public class ApiKeyResource {

    /** Checked in {@link #issue}: Payara's OpenAPI scanner fails on size constraints of record components. */
    public record KeyRequest(String name, String sellerId, boolean admin) {
    }

    public record KeyResponse(String name, String key, String sellerId, boolean admin) {
    }

    @Inject
    ApiKeys keys;
    @Inject
    CatalogService catalog;
    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a partner API key (shown once)")
    public Response issue(KeyRequest request) {
        caller.get().requireAdmin();
        if (request == null || request.name() == null || request.name().isBlank() || request.name().length() > 100) {
            throw new InvalidInputException("name: 1 to 100 characters are required");
        }
        if (request.sellerId() != null && request.sellerId().length() > 64) {
            throw new InvalidInputException("sellerId: at most 64 characters");
        }
        if (request.sellerId() != null && catalog.seller(request.sellerId()).isEmpty()) {
            throw new InvalidInputException("unknown seller " + request.sellerId());
        }
        if (request.admin() && request.sellerId() != null) {
            throw new InvalidInputException("an admin key is not bound to a seller");
        }
        String key = keys.issue(request.name(), request.admin(), request.sellerId());
        return Response.status(Response.Status.CREATED)
                .entity(new KeyResponse(request.name(), key, request.sellerId(), request.admin())).build();
    }
}
