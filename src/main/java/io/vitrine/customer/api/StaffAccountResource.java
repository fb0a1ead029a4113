package io.vitrine.customer.api;

import io.vitrine.customer.StaffAccounts;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.security.CurrentCaller;
import io.vitrine.platform.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Locale;

/**
 * {@code /api/v1/admin/accounts}: the sellers' and admins' accounts, by their opaque id: list, change a role,
 * disable / enable (a disabled account cannot log in and its keys stop working), issue a password reset link.
 */
@Path("v1/admin/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffAccountResource {

    public record RoleRequest(String role) {
    }

    @Inject
    StaffAccounts staff;
    @Inject
    CurrentCaller caller;
    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Sellers' and admins' accounts, newest first")
    public List<AccountInfo> list() {
        return staff.staff().stream().map(AccountInfo::of).toList();
    }

    @PUT
    @Path("{id}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an account's role (SHOPPER, SELLER for an account made for a seller, ADMIN)")
    public AccountInfo changeRole(@PathParam("id") String id, RoleRequest request) {
        return AccountInfo.of(staff.changeRole(id, role(request == null ? null : request.role())));
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable an account: no log-in, its API keys stop working")
    public AccountInfo disable(@PathParam("id") String id) {
        return AccountInfo.of(staff.setDisabled(id, true));
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enable a disabled account again (its keys work again)")
    public AccountInfo enable(@PathParam("id") String id) {
        return AccountInfo.of(staff.setDisabled(id, false));
    }

    @POST
    @Path("{id}/password-reset")
    @Operation(summary = "Issue a single-use password reset link for the account (shown once, mailed when configured)")
    public LinkInfo passwordReset(@PathParam("id") String id) {
        return LinkInfo.issued(staff.issueReset(id, caller.get().name(), LinkInfo.shopUrl(uri)), uri);
    }

    static Role role(String role) {
        try {
            return Role.valueOf(role == null ? "" : role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("role: SHOPPER, SELLER or ADMIN");
        }
    }
}
