package io.vitrine.chat.api;

import io.vitrine.chat.ChatModels;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.models.RetrainJob;
import io.vitrine.platform.models.RetrainJobResponse;
import io.vitrine.platform.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** {@code /api/v1/admin/chat/retrain}: admins retrain the chat intent model and follow the job. */
@Path("v1/admin/chat/retrain")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityRequirement(name = "apiKey")
public class ChatRetrainResource {

    @Inject
    ChatModels models;
    @Inject
    CurrentCaller caller;

    @POST
    @Operation(summary = "Retrain the chat intent model",
            description = "Trains on the intent corpus plus the FAQ questions in the background (or returns the job "
                    + "running). The new model serves only if its held-out accuracy is high enough; otherwise the live one stays.")
    @APIResponse(responseCode = "202", description = "Started; Location is the job")
    public Response retrain(@Context UriInfo uri) {
        caller.get().requireAdmin();
        RetrainJob job = models.submit("admin " + caller.get().name());
        return Response.accepted(RetrainJobResponse.of(job)).location(uri.getAbsolutePathBuilder().path(job.id()).build()).build();
    }

    @GET
    @Path("{job}")
    @Operation(summary = "State of a chat retraining")
    @APIResponse(responseCode = "404", description = "No such job")
    public RetrainJobResponse job(@PathParam("job") String id) {
        caller.get().requireAdmin();
        return models.job(id).map(RetrainJobResponse::of).orElseThrow(() -> new NotFoundException("no retraining " + id));
    }
}
