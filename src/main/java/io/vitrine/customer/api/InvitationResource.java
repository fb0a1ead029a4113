package io.vitrine.customer.api;

import io.vitrine.customer.StaffAccounts;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * {@code /api/v1/admin/invitations}: invite a seller or an admin (the answer holds the single-use link, mailed too
 * when a mail session is configured), list the pending invitations, cancel one.
 */
@Path("v1/admin/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    /** {@code role}: SELLER (default) or ADMIN. */
    public record InvitationRequest(String email, String role) {
    }

    @Inject
    StaffAccounts staff;
    @Inject
    CurrentCaller caller;
    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a seller or an admin: the link is in the answer, only there")
    public Response invite(InvitationRequest request) {
        if (request == null || request.email() == null || request.email().length() > 254) {
            throw new InvalidInputException("email: an e-mail address is required");
        }
        var role = StaffAccountResource.role(request.role() == null ? "SELLER" : request.role());
        LinkInfo link = LinkInfo.issued(staff.invite(request.email(), role, caller.get().name(), LinkInfo.shopUrl(uri)), uri);
        return Response.status(Response.Status.CREATED).entity(link).build();
    }

    @GET
    @Operation(summary = "Pending invitations, newest first (never their link)")
    public List<LinkInfo> list() {
        return staff.pendingInvitations().stream().map(LinkInfo::listed).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancel an invitation: its link stops working")
    public Response cancel(@PathParam("id") String id) {
        staff.cancelInvitation(id);
        return Response.noContent().build();
    }
}
