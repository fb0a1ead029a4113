package io.vitrine.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/ping}: answers without touching anything, for load balancers and as the baseline that
 * serving benchmarks compare real endpoints with (same server, same JAX-RS and JSON path, no work).
 */
@Path("v1/ping")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "platform")
public class PingResource {

    /** The JSON body of a ping. */
    public record Pong(String status) {
    }

    private static final Pong OK = new Pong("ok");

    @GET
    @Operation(summary = "Liveness of the REST API, doing no work")
    public Pong ping() {
        return OK;
    }
}
