package io.vitrine.platform.admin;

import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.security.ApiKeys;
import io.vitrine.platform.security.KnownSellers;
import io.vitrine.platform.security.PartnerKey;
import io.vitrine.platform.security.Scope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/v1/admin/api-keys}: issue a partner key with scopes, optionally bound to one seller and expiring; list
 * the keys (never their secret); revoke one. Admins only ({@link io.vitrine.platform.security.AccessRules}).
 */
@Path("v1/admin/api-keys")
@RequestScoped
public class ApiKeyResource {

    /**
     * {@code scopes} defaults to what {@code admin} and {@code sellerId} gave before scopes existed; {@code expiresAt}
     * (ISO instant) to never. Checked in {@link #issue}: Payara's OpenAPI scanner fails on size constraints of
     * record components.
     */
    public record KeyRequest(String name, String sellerId, boolean admin, List<String> scopes, Instant expiresAt) {
    }

    public record KeyResponse(String id, String name, String key, String sellerId, boolean admin, List<String> scopes,
                              Instant expiresAt) {
    }

    /** A key as listed: everything but the secret. */
    public record KeyInfo(String id, String name, String sellerId, List<String> scopes, Instant createdAt,
                          Instant expiresAt, Instant lastUsedAt) {
        static KeyInfo of(PartnerKey k) {
            return new KeyInfo(k.keyId(), k.name(), k.sellerId().orElse(null), labels(k.scopes()), k.createdAt(),
                    k.expiresAt().orElse(null), k.lastUsedAt().orElse(null));
        }
    }

    @Inject
    ApiKeys keys;
    @Inject
    KnownSellers sellers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a partner API key (shown once)",
            description = "scopes: catalog:write, events:write, orders:read, orders:write, recommendations:read, admin")
    public Response issue(KeyRequest request) {
        if (request == null) {
            throw new InvalidInputException("name: 1 to 100 characters are required");
        }
        ApiKeys.checkRequest(request.name(), request.sellerId(), request.expiresAt(), sellers);
        if (request.admin() && request.sellerId() != null) {
            throw new InvalidInputException("an admin key is not bound to a seller");
        }
        Set<Scope> scopes = scopes(request);
        ApiKeys.Issued issued = keys.issue(request.name().strip(), scopes, request.sellerId(), request.expiresAt());
        PartnerKey k = issued.stored();
        return Response.status(Response.Status.CREATED)
                .entity(new KeyResponse(k.keyId(), k.name(), issued.key(), k.sellerId().orElse(null), k.admin(),
                        labels(k.scopes()), k.expiresAt().orElse(null))).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The API keys, newest first (never the secret)")
    public List<KeyInfo> list() {
        return keys.list().stream().map(KeyInfo::of).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a key: it stops working at once")
    public Response revoke(@PathParam("id") String id) {
        if (!keys.revoke(id)) {
            throw new NotFoundException("no API key " + id);
        }
        return Response.noContent().build();
    }

    private static Set<Scope> scopes(KeyRequest request) {
        if (request.scopes() == null) {
            return request.admin() ? Set.of(Scope.ADMIN)
                    : request.sellerId() != null ? Scope.SELLER_SCOPES : Scope.LEGACY_PARTNER_SCOPES;
        }
        if (request.scopes().size() > Scope.values().length) {
            throw new InvalidInputException("scopes: at most " + Scope.values().length);
        }
        Set<Scope> out = EnumSet.noneOf(Scope.class);
        for (String s : request.scopes()) {
            out.add(Scope.parse(s).orElseThrow(() -> new InvalidInputException(
                    "scopes: unknown scope; use catalog:write, events:write, orders:read, orders:write, recommendations:read or admin")));
        }
        if (request.admin()) {
            out.add(Scope.ADMIN);
        }
        ApiKeys.checkScopes(out, request.sellerId());
        return out;
    }

    private static List<String> labels(Set<Scope> scopes) {
        return scopes.stream().map(Scope::label).sorted().toList();
    }
}
