package io.vitrine.customer.api;

import io.vitrine.customer.StaffAccounts;
import io.vitrine.platform.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/accounts/...}: what a person holding a link does without being logged in: accept an invitation,
 * reset a password; a seller's application (approved by an admin); and the first admin's set-up, open only while the
 * shop has no admin.
 */
@Path("v1/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class OnboardingResource {

    public record SetupRequest(String email, String displayName, String password) {
    }

    /** {@code country} (ISO 3166 two letters) and {@code returnAddress} are the seller's profile; an admin leaves them out. */
    public record AcceptRequest(String token, String displayName, String password, String country, String returnAddress) {
    }

    public record ResetRequest(String token, String password) {
    }

    /** A "become a seller" application: the account, the shop's name and its profile. */
    public record ApplicationRequest(String email, String shopName, String password, String country, String returnAddress) {
    }

    @Inject
    StaffAccounts staff;

    @POST
    @Path("setup")
    @Operation(summary = "Create the first admin; 409 once the shop has one")
    public Response setup(SetupRequest r) {
        require(r);
        return created(staff.createFirstAdmin(r.email(), r.displayName(), r.password()));
    }

    @POST
    @Path("invitations/accept")
    @Operation(summary = "Accept an invitation: the account (and, for a seller, the seller with its profile) is created")
    public Response accept(AcceptRequest r) {
        require(r);
        return created(staff.accept(r.token(), r.displayName(), r.password(), new StaffAccounts.SellerProfile(r.country(), r.returnAddress())));
    }

    @POST
    @Path("seller-applications")
    @io.vitrine.platform.limits.RateLimited(io.vitrine.platform.limits.Budget.REGISTER)
    @Operation(summary = "Apply to sell: the seller and its account are created, disabled until an admin enables it")
    public Response apply(ApplicationRequest r) {
        require(r);
        return created(staff.apply(r.email(), r.shopName(), r.password(), new StaffAccounts.SellerProfile(r.country(), r.returnAddress())));
    }

    @POST
    @Path("password-resets")
    @Operation(summary = "Choose a new password with a reset link's token")
    public Response reset(ResetRequest r) {
        require(r);
        staff.resetPassword(r.token(), r.password());
        return Response.noContent().build();
    }

    private static void require(Object body) {
        if (body == null) {
            throw new InvalidInputException("a JSON body is required");
        }
    }

    private static Response created(io.vitrine.customer.Account account) {
        return Response.status(Response.Status.CREATED).entity(AccountInfo.of(account)).build();
    }
}
