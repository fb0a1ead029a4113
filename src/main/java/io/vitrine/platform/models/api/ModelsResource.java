package io.vitrine.platform.models.api;

import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.models.ModelLifecycle;
import io.vitrine.platform.models.ModelVersion;
import io.vitrine.platform.models.Models;
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

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** {@code /api/v1/admin/models}: every model kind, its history, and its retraining jobs (admins only). */
@Path("v1/admin/models")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ModelsResource {

    @Inject
    Models models;
    @Inject
    ModelAdmin admin;
    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Model kinds", description = "Every model kind with its live version and next scheduled training.")
    public List<ModelKindResponse> kinds() {
        caller.get().requireAdmin();
        Set<String> kinds = new TreeSet<>(models.registry().kinds());
        models.all().forEach(l -> kinds.add(l.kind()));
        return kinds.stream().map(kind -> {
            java.util.Optional<ModelLifecycle<?>> lifecycle = models.lifecycle(kind);
            return ModelKindResponse.of(kind, models.registry().latestLive(kind), lifecycle.isPresent(),
                    lifecycle.flatMap(l -> l.engine().schedule().next(Clock.systemDefaultZone())));
        }).toList();
    }

    @GET
    @Path("{kind}")
    @Operation(summary = "History of a model kind", description = "Every training run, oldest first: data size, holdout metrics, live / rejected / failed.")
    @APIResponse(responseCode = "404", description = "No such kind")
    public List<ModelVersionResponse> history(@PathParam("kind") String kind) {
        caller.get().requireAdmin();
        List<ModelVersion> history = models.registry().history(kind);
        if (history.isEmpty() && models.lifecycle(kind).isEmpty()) {
            throw new NotFoundException("no model kind " + kind);
        }
        return history.stream().map(ModelVersionResponse::of).toList();
    }

    @POST
    @Path("{kind}/retrain")
    @Operation(summary = "Retrain a model kind",
            description = "Starts a training in the background (or returns the one running). The new model goes live "
                    + "only if it scores at least as well on the holdout as the live one.")
    @APIResponse(responseCode = "202", description = "Started; Location is the job")
    @APIResponse(responseCode = "404", description = "No such kind")
    public Response retrain(@PathParam("kind") String kind, @Context UriInfo uri) {
        return admin.retrain(kind, uri.getBaseUriBuilder().path(ModelsResource.class).path(kind).path("jobs"));
    }

    @GET
    @Path("{kind}/jobs/{job}")
    @Operation(summary = "State of a retraining", description = "queued, running (with its phase), live, rejected or failed.")
    @APIResponse(responseCode = "404", description = "No such kind or job")
    public RetrainJobResponse job(@PathParam("kind") String kind, @PathParam("job") String id) {
        return admin.job(kind, id);
    }
}
