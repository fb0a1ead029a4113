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

    @Inject
    ModelAdmin admin;

    @POST
    @Path("recommendations/retrain")
    @Operation(summary = "Retrain the recommendation models (alias of /admin/models/shop-blend/retrain)")
    @APIResponse(responseCode = "202", description = "Started; Location is the job")
    public Response retrainRecommendations(@Context UriInfo uri) {
        return admin.retrain(RECOMMENDATIONS, uri.getAbsolutePathBuilder());
    }

    @GET
    @Path("recommendations/retrain/{job}")
    @Operation(summary = "State of a recommendation retraining", description = "queued, running (with its phase), live, rejected or failed.")
    @APIResponse(responseCode = "404", description = "No such job")
    public RetrainJobResponse recommendationsJob(@PathParam("job") String id) {
        return admin.job(RECOMMENDATIONS, id);
    }

    @POST
    @Path("vision/retrain")
    @Operation(summary = "Retrain the photo model (alias of /admin/models/vision-cnn/retrain)")
    @APIResponse(responseCode = "202", description = "Started; Location is the job")
    public Response retrainPhotos(@Context UriInfo uri) {
        return admin.retrain(PHOTOS, uri.getAbsolutePathBuilder());
    }

    @GET
    @Path("vision/retrain/{job}")
    @Operation(summary = "State of a photo model retraining", description = "queued, running (with its phase), live, rejected or failed.")
    @APIResponse(responseCode = "404", description = "No such job")
    public RetrainJobResponse photosJob(@PathParam("job") String id) {
        return admin.job(PHOTOS, id);
    }

    @POST
    @Path("chat/retrain")
    @Operation(summary = "Retrain the chat intent model (alias of /admin/models/chat-intent/retrain)")
    @APIResponse(responseCode = "202", description = "Started; Location is the job")
    public Response retrainChat(@Context UriInfo uri) {
        return admin.retrain(CHAT, uri.getAbsolutePathBuilder());
    }

    @GET
    @Path("chat/retrain/{job}")
    @Operation(summary = "State of a chat retraining", description = "queued, running (with its phase), live, rejected or failed.")
    @APIResponse(responseCode = "404", description = "No such job")
    public RetrainJobResponse chatJob(@PathParam("job") String id) {
        return admin.job(CHAT, id);
    }
}
