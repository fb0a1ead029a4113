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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Map;

/**
 * The retraining endpoints each engine had before {@link ModelsResource}, kept as aliases until the pages and
 * clients move: {@code /api/v1/admin/recommendations/retrain}, {@code /api/v1/admin/vision/retrain} and
 * {@code /api/v1/admin/chat/retrain}, each with {@code /{job}}. Same answers as {@code /api/v1/admin/models/{kind}/...},
 * except that Location is {@code .../retrain/{job}} as it always was. One pair of methods serves the three: the path
 * names the engine and {@link #KINDS} its registry kind.
 */
@Path("v1/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RetrainAliases {

    /** Alias path segment to the registry kind behind it; the path template admits only these. */
    static final Map<String, String> KINDS = Map.of("recommendations", "shop-blend", "vision", "vision-cnn", "chat", "chat-intent");

    private static final String ENGINE = "{engine: recommendations|vision|chat}";

    @Inject
    ModelAdmin admin;

    @POST
    @Path(ENGINE + "/retrain")
    @Operation(summary = "Retrain an engine's model (alias of /admin/models/{kind}/retrain)",
            description = "recommendations: shop-blend, vision: vision-cnn, chat: chat-intent.")
    @APIResponse(responseCode = "202", description = "Started; Location is the job")
    public Response retrain(@Parameter(description = "recommendations, vision or chat") @PathParam("engine") String engine,
                            @Context UriInfo uri) {
        return admin.retrain(KINDS.get(engine), uri.getAbsolutePathBuilder());
    }

    @GET
    @Path(ENGINE + "/retrain/{job}")
    @Operation(summary = "State of an engine's retraining", description = "queued, running (with its phase), live, rejected or failed.")
    @APIResponse(responseCode = "404", description = "No such job")
    public RetrainJobResponse job(@PathParam("engine") String engine, @PathParam("job") String id) {
        return admin.job(KINDS.get(engine), id);
    }
}
