package io.vitrine.platform.models.api;

import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.models.ModelLifecycle;
import io.vitrine.platform.models.Models;
import io.vitrine.platform.models.RetrainJob;
import io.vitrine.platform.models.RetrainJobResponse;
import io.vitrine.platform.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/**
 * The admin's retraining calls, shared by {@link ModelsResource} and the older per-feature aliases
 * ({@code /admin/recommendations/retrain}, {@code /admin/vision/retrain}, {@code /admin/chat/retrain}): admins only,
 * 202 with the job and its Location, 404 for an unknown kind or job.
 */
@RequestScoped
public class ModelAdmin {

    @Inject
    Models models;
    @Inject
    CurrentCaller caller;

    /** Starts (or returns the running) retraining of {@code kind}; Location is {@code jobs} plus the job's id. */
    public Response retrain(String kind, UriBuilder jobs) {
        caller.get().requireAdmin();
        RetrainJob job = lifecycle(kind).submit("admin " + caller.get().name());
        return Response.accepted(RetrainJobResponse.of(job)).location(jobs.path(job.id()).build()).build();
    }

    public RetrainJobResponse job(String kind, String id) {
        caller.get().requireAdmin();
        return lifecycle(kind).job(id).map(RetrainJobResponse::of).orElseThrow(() -> new NotFoundException("no retraining " + id));
    }

    ModelLifecycle<?> lifecycle(String kind) {
        return models.lifecycle(kind).orElseThrow(() -> new NotFoundException("no model kind " + kind));
    }
}
