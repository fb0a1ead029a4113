package io.vitrine.platform.api;

import io.vitrine.platform.security.Caller;
import io.vitrine.platform.security.CurrentCaller;
import io.vitrine.platform.security.Scope;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * {@code GET /api/v1/me}: who the caller is to the shop. A logged-in shopper learns their opaque id here (the id
 * their own recommendations and orders are read with); a key sees its scopes and seller. Never an e-mail.
 */
@Path("v1/me")
// stateless, so one instance serves every request: Payara makes a request-scoped bean at a cost on each request
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "platform")
public class CallerResource {

    public record Me(String kind, String shopperId, String sellerId, List<String> scopes) {
    }

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The identified caller: kind, opaque shopper id, seller, scopes")
    public Me me() {
        Caller c = caller.get();
        return new Me(c.kind().name().toLowerCase(java.util.Locale.ROOT), c.shopperId().orElse(null),
                c.sellerId().orElse(null), c.scopes().stream().map(Scope::label).sorted().toList());
    }
}
