package io.vitrine.chat.api;

import io.vitrine.platform.models.RetrainJobResponse;
import io.vitrine.platform.models.api.ModelAdmin;
import io.vitrine.chat.ChatModels;
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

/**
 * {@code /api/v1/admin/chat/retrain}: the older alias of
 * {@code /api/v1/admin/models/chat-intent/retrain}, kept until the pages move; same answers.
 */
@Path("v1/admin/chat/retrain")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityRequirement(name = "apiKey")
public class ChatRetrainResource {

    @Inject
    ModelAdmin admin;

    @POST
    @Operation(summary = "Retrain the chat intent model (alias of /admin/models/chat-intent/retrain)")
    @APIResponse(responseCode = "202", description = "Started; Location is the job")
    public Response retrain(@Context UriInfo uri) {
        return admin.retrain(ChatModels.KIND, uri.getAbsolutePathBuilder());
    }

    @GET
    @Path("{job}")
    @Operation(summary = "State of a chat retraining")
    @APIResponse(responseCode = "404", description = "No such job")
    public RetrainJobResponse job(@PathParam("job") String id) {
        return admin.job(ChatModels.KIND, id);
    }
}
