package io.vitrine.customer.api;

import io.vitrine.catalog.Seller;
import io.vitrine.customer.SellerLogo;
import io.vitrine.customer.SellerProfiles;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * {@code /api/v1/sellers/{id}/...}: a seller's profile (display name, country, return address) and logo. Admins read and
 * change any seller's, a seller-bound caller its own ({@link SellerProfiles}); anyone reads a logo (the storefront
 * shows it).
 */
@Path("v1/sellers/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class SellerProfileResource {

    /** What an admin or the seller changes. */
    public record ProfileRequest(String displayName, String country, String returnAddress) {
    }

    /** A profile as its seller and admins read it; {@code logoUrl} is null without a logo. */
    public record ProfileResponse(String id, String displayName, String email, String country, String returnAddress,
                                  Instant joinedAt, String logoUrl) {
    }

    @Inject
    SellerProfiles profiles;
    @Inject
    CurrentCaller caller;

    @GET
    @Path("profile")
    @Operation(summary = "A seller's profile: display name, country, return address, logo")
    public ProfileResponse get(@PathParam("id") String id) {
        return response(profiles.profile(caller.get(), id));
    }

    @PUT
    @Path("profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a seller's display name, country (ISO 3166 two letters) and return address")
    public ProfileResponse update(@PathParam("id") String id, ProfileRequest r) {
        SellerProfiles.Change change = r == null ? null : new SellerProfiles.Change(r.displayName(), r.country(), r.returnAddress());
        return response(profiles.update(caller.get(), id, change));
    }

    @PUT
    @Path("logo")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Replace a seller's logo: a JPEG or PNG as the raw body, at most 1 MiB and 2048 px a side (413 / 400 otherwise)")
    public ProfileResponse putLogo(@PathParam("id") String id, InputStream body) throws IOException {
        profiles.profile(caller.get(), id); // who may, before the body is read
        byte[] image = body == null ? new byte[0] : body.readNBytes(SellerProfiles.MAX_LOGO_BYTES + 1);
        try {
            profiles.setLogo(caller.get(), id, image);
        } catch (SellerProfiles.LogoTooLargeException e) {
            throw new WebApplicationException(e.getMessage(), Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        return get(id);
    }

    @DELETE
    @Path("logo")
    @Operation(summary = "Remove a seller's logo")
    public Response deleteLogo(@PathParam("id") String id) {
        profiles.removeLogo(caller.get(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("logo")
    @Produces({"image/png", "image/jpeg"})
    @Operation(summary = "A seller's logo (anyone); 404 without one")
    public Response logo(@PathParam("id") String id, @Context Request request) {
        SellerLogo logo = profiles.logo(id).orElseThrow(() -> new NotFoundException("no logo for seller " + id));
        EntityTag tag = new EntityTag(logo.version());
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Response.ok(logo.data(), logo.contentType()).tag(tag).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private ProfileResponse response(Seller s) {
        String logoUrl = profiles.logo(s.id()).map(l -> SellerLogo.url(s.id(), l.version())).orElse(null);
        return new ProfileResponse(s.id(), s.name(), s.email(), s.country(), s.returnAddress(), s.joinedAt(), logoUrl);
    }
}
