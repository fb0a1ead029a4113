package io.vitrine.experiment.api;

import io.vitrine.platform.api.Requests;
import io.vitrine.experiment.Experiment;
import io.vitrine.experiment.ExperimentService;
import io.vitrine.experiment.Metric;
import io.vitrine.experiment.Variant;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.models.RetrainJob;
import io.vitrine.platform.models.RetrainJobResponse;
import io.vitrine.platform.security.CurrentCaller;
import io.vitrine.platform.security.ShopperIds;
import io.vitrine.recommend.RecommendationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code /api/v1/admin/experiments}: create, start, pause, stop, read and promote experiments (admins only). */
@Path("v1/admin/experiments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExperimentResource {

    @Inject
    ExperimentService experiments;
    @Inject
    CurrentCaller caller;
    @Inject
    ShopperIds shopperIds;

    /** An admin's reason for stopping. */
    public record StopRequest(String reason) {
    }

    /** The variant a shopper gets and the unit it was drawn for. */
    public record AssignmentResponse(String experiment, String shopper, String unit, String variant) {
    }

    @GET
    @Operation(summary = "Experiments", description = "Every experiment, newest first, without analysis.")
    public List<ExperimentResponse> list() {
        caller.get().requireAdmin();
        return experiments.list().stream().map(e -> ExperimentResponse.of(e, null)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an experiment",
            description = "Between the live model (A) and a candidate (B): a saved version of the shop-blend model or a "
                    + "blend recipe (the live model's parts reweighted) or a rule set (the live model under other diversity "
                    + "rules), as a draft; see ExperimentRequest for the defaults.")
    @APIResponse(responseCode = "201", description = "Created; Location is the experiment")
    @APIResponse(responseCode = "400", description = "A field is invalid")
    public Response create(ExperimentRequest request, @Context UriInfo uri) {
        caller.get().requireAdmin();
        ExperimentRequest r = Requests.body(request, "a JSON experiment is required").checked();
        int shareB = Optional.ofNullable(r.shareB()).orElse(50);
        boolean version = r.candidateVersion() != null;
        boolean blend = r.blend() != null && !r.blend().isEmpty();
        boolean rules = r.rules() != null && !r.rules().isEmpty();
        if ((version ? 1 : 0) + (blend ? 1 : 0) + (rules ? 1 : 0) != 1) {
            throw new InvalidInputException("name one candidate: candidateVersion (a saved version), blend (a recipe) or rules (a rule set)");
        }
        Variant b = version ? new Variant("B", Variant.Kind.MODEL_VERSION, r.candidateVersion(), shareB)
                : blend ? Variant.blend("B", r.blend(), shareB) : Variant.rules("B", r.rules(), shareB);
        Experiment e = experiments.create(r.name(), parse(Experiment.Mode.class, r.mode(), Experiment.Mode.AB, "mode"),
                List.of(new Variant("A", Variant.Kind.LIVE, 0, 100 - shareB), b),
                r.placements() == null || r.placements().isEmpty() ? Experiment.PLACEMENTS : Set.copyOf(r.placements()),
                parse(Metric.class, r.metric(), Metric.CLICK_THROUGH, "metric"),
                new Experiment.Plan(or(r.baseline(), 0.05), or(r.minimumLift(), 0.05), or(r.alpha(), 0.05), or(r.power(), 0.8)),
                new Experiment.Guardrails(or(r.maxLatencyMs(), 250), or(r.maxZeroRate(), 0.2)));
        return Response.created(uri.getAbsolutePathBuilder().path(e.id()).build()).entity(ExperimentResponse.of(e, null)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An experiment and its analysis",
            description = "Per-variant visitors, metric with 95 % interval, guardrail figures, the always-valid verdict in words.")
    @APIResponse(responseCode = "404", description = "No such experiment")
    public ExperimentResponse get(@PathParam("id") String id) {
        caller.get().requireAdmin();
        return ExperimentResponse.of(experiments.get(id), experiments.analysis(id));
    }

    @POST
    @Path("{id}/start")
    @Operation(summary = "Start or resume", description = "Loads the candidate version beside the live model and serves the variants.")
    @APIResponse(responseCode = "409", description = "Stopped, running, another experiment covers a placement, or the version has no saved file")
    public ExperimentResponse start(@PathParam("id") String id) {
        caller.get().requireAdmin();
        return ExperimentResponse.of(experiments.start(id), null);
    }

    @POST
    @Path("{id}/pause")
    @Operation(summary = "Pause", description = "The live model serves again; the figures are kept.")
    @APIResponse(responseCode = "409", description = "Not running")
    public ExperimentResponse pause(@PathParam("id") String id) {
        caller.get().requireAdmin();
        return ExperimentResponse.of(experiments.pause(id), null);
    }

    @POST
    @Path("{id}/stop")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop for good", description = "Records the winner the always-valid test declared, if any.")
    @APIResponse(responseCode = "409", description = "Stopped already")
    public ExperimentResponse stop(@PathParam("id") String id, StopRequest body) {
        caller.get().requireAdmin();
        return ExperimentResponse.of(experiments.stop(id, body == null ? null : body.reason()), null);
    }

    @POST
    @Path("{id}/promote")
    @Operation(summary = "Promote the winner", description = "Puts the winner's model version live through the model "
            + "lifecycle (a new version, swapped atomically); Location is the model job.")
    @APIResponse(responseCode = "202", description = "Started")
    @APIResponse(responseCode = "409", description = "No declared winner, the winner is live already, or promoted already")
    public Response promote(@PathParam("id") String id, @Context UriInfo uri) {
        caller.get().requireAdmin();
        RetrainJob job = experiments.promote(id);
        return Response.accepted(RetrainJobResponse.of(job)).location(uri.getBaseUriBuilder()
                .path("v1/admin/models").path(RecommendationService.KIND).path("jobs").path(job.id()).build()).build();
    }

    @GET
    @Path("{id}/assignment")
    @Operation(summary = "A shopper's variant", description = "The variant the stable hash gives this shopper (opaque id sh_... or anon:...), "
            + "after a log-in the one of the anonymous session they came from.")
    @APIResponse(responseCode = "400", description = "No shopper")
    public AssignmentResponse assignment(@PathParam("id") String id, @QueryParam("shopper") String shopper) {
        caller.get().requireAdmin();
        if (shopper == null || shopper.isBlank() || shopper.length() > 200) {
            throw new InvalidInputException("shopper must have 1 to 200 characters");
        }
        Experiment e = experiments.get(id);
        String unit = experiments.board(id).unitOf(shopperIds.internal(shopper.strip()));
        String variant = e.variantFor(unit);
        return new AssignmentResponse(id, shopper.strip(), unit.equals(shopperIds.internal(shopper.strip())) ? shopper.strip() : unit, variant);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback, String field) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
