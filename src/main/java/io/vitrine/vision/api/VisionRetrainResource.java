package io.vitrine.vision.api;

import io.vitrine.platform.models.RetrainJob;
import io.vitrine.platform.models.RetrainJobResponse;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.security.CurrentCaller;
import io.vitrine.vision.VisionService;
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


/** {@code /api/v1/admin/vision/retrain}: admins start a retraining of the photo model and follow its progress. */
@Path("v1/admin/vision/retrain")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityRequirement(name = "apiKey")
public class VisionRetrainResource {

    @Inject
    VisionService service;
    @Inject
    CurrentCaller caller;

    @POST
    @Operation(summary = "Retrain the photo model",
            description = "Starts a training on the catalogue's photos in the background (or returns the one running). "
                    + "The new model goes live only if it classifies held-out photos at least as well as the live one; "
                    + "the phase shows the epoch and loss while it trains.")
    @APIResponse(responseCode = "202", description = "Started; Location is the job")
    public Response retrain(@Context UriInfo uri) {
        caller.get().requireAdmin();
        RetrainJob job = service.submit("admin " + caller.get().name());
        return Response.accepted(RetrainJobResponse.of(job))
                .location(uri.getAbsolutePathBuilder().path(job.id()).build()).build();
    }

    @GET
    @Path("{job}")
    @Operation(summary = "State of a photo model retraining", description = "queued, running (with its phase), live, rejected or failed.")
    @APIResponse(responseCode = "404", description = "No such job")
    public RetrainJobResponse job(@PathParam("job") String id) {
        caller.get().requireAdmin();
        return service.job(id).map(RetrainJobResponse::of).orElseThrow(() -> new NotFoundException("no retraining " + id));
    }
}
