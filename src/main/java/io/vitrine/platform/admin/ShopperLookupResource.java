package io.vitrine.platform.admin;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.security.ShopperIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /api/v1/admin/shoppers?email=}: the opaque id of an account, for an operator who must act for a shopper
 * known by e-mail (support). Admins only: partners never learn which e-mails have accounts.
 */
@Path("v1/admin/shoppers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ShopperLookupResource {

    public record ShopperRef(String id) {
    }

    @Inject
    ShopperIds shopperIds;

    @GET
    @Operation(summary = "The opaque shopper id of an account e-mail")
    public ShopperRef find(@QueryParam("email") String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            throw new InvalidInputException("email is required");
        }
        return shopperIds.publicIdOf(email.strip()).map(ShopperRef::new)
                .orElseThrow(() -> new NotFoundException("no account with this e-mail"));
    }
}
