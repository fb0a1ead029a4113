package io.vitrine.platform.models.api;

import io.vitrine.platform.models.RetrainJobResponse;
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

/**
 * The retraining endpoints each engine had before {@link ModelsResource}, kept as aliases until the pages and
 * clients move: {@code /api/v1/admin/recommendations/retrain}, {@code /api/v1/admin/vision/retrain} and
 * {@code /api/v1/admin/chat/retrain}, each with {@code /{job}}. Same answers as {@code /api/v1/admin/models/{kind}/...},
 * except that Location is {@code .../retrain/{job}} as it always was.
 */
@Path("v1/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RetrainAliases {

    /** The registry kinds behind the alias paths. */
    static final String RECOMMENDATIONS = "shop-blend";
    static final String PHOTOS = "vision-cnn";
    static final String CHAT = "chat-intent";

    private static final String STARTED = "Started; Location is the job";
    private static final String NO_JOB = "No such job";
    private static final String STATES = "queued, running (with its phase), live, rejected or failed.";

    @Inject
    ModelAdmin admin;

    // Six literal paths, not one {engine} template: clients, /openapi and the authorization table name each one.
    // Each alias is a line of routing, a line of documentation and a call; ModelAdmin does the work.

    @POST @Path("recommendations/retrain") @APIResponse(responseCode = "202", description = STARTED)
    @Operation(summary = "Retrain the recommendation models (alias of /admin/models/shop-blend/retrain)")
    public Response retrainRecommendations(@Context UriInfo uri) { return retrain(RECOMMENDATIONS, uri); }

    @POST @Path("vision/retrain") @APIResponse(responseCode = "202", description = STARTED)
    @Operation(summary = "Retrain the photo model (alias of /admin/models/vision-cnn/retrain)")
    public Response retrainPhotos(@Context UriInfo uri) { return retrain(PHOTOS, uri); }

    @POST @Path("chat/retrain") @APIResponse(responseCode = "202", description = STARTED)
    @Operation(summary = "Retrain the chat intent model (alias of /admin/models/chat-intent/retrain)")
    public Response retrainChat(@Context UriInfo uri) { return retrain(CHAT, uri); }

    @GET @Path("recommendations/retrain/{job}") @APIResponse(responseCode = "404", description = NO_JOB)
    @Operation(summary = "State of a recommendation retraining", description = STATES)
    public RetrainJobResponse recommendationsJob(@PathParam("job") String id) { return admin.job(RECOMMENDATIONS, id); }

    @GET @Path("vision/retrain/{job}") @APIResponse(responseCode = "404", description = NO_JOB)
    @Operation(summary = "State of a photo model retraining", description = STATES)
    public RetrainJobResponse photosJob(@PathParam("job") String id) { return admin.job(PHOTOS, id); }

    @GET @Path("chat/retrain/{job}") @APIResponse(responseCode = "404", description = NO_JOB)
    @Operation(summary = "State of a chat retraining", description = STATES)
    public RetrainJobResponse chatJob(@PathParam("job") String id) { return admin.job(CHAT, id); }

    /** Location is the alias's own {@code .../retrain/{job}}, as it always was. */
    private Response retrain(String kind, UriInfo uri) {
        return admin.retrain(kind, uri.getAbsolutePathBuilder());
    }
}
