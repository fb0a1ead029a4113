package io.vitrine.exports.api;

import io.vitrine.exports.CatalogueExport;
import io.vitrine.exports.EventExport;
import io.vitrine.exports.ExportScope;
import io.vitrine.exports.OrderExport;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Optional;

/**
 * {@code /api/v1/exports/{file}}: streamed downloads ({@link StreamingOutput}: written as read, whatever the size) of
 * {@code catalogue.csv}, {@code catalogue.jsonl}, {@code events.jsonl} and {@code orders.csv} (docs/imports.md). A
 * seller (session or seller-bound key) gets its own data; an admin the whole shop, or one seller's with
 * {@code ?seller=}. A seller naming another seller is refused (403).
 */
@Path("v1/exports")
@RequestScoped
public class ExportResource {

    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String JSON_LINES = "application/x-ndjson; charset=UTF-8";

    @Inject
    CurrentCaller caller;
    @Inject
    CatalogueExport catalogue;
    @Inject
    EventExport events;
    @Inject
    OrderExport orders;

    @GET
    @Path("{file}")
    @Operation(summary = "Download an export", description = "catalogue.csv, catalogue.jsonl, events.jsonl or orders.csv (docs/imports.md)")
    @APIResponse(responseCode = "403", description = "Not a seller or admin, or another seller's data")
    public Response download(@PathParam("file") String file, @QueryParam("seller") String seller) {
        ExportScope scope = ExportScope.of(caller.get(), Optional.ofNullable(seller));
        StreamingOutput body = switch (file) {
            case "catalogue.csv" -> out -> catalogue.csv(scope, out);
            case "catalogue.jsonl" -> out -> catalogue.jsonLines(scope, out);
            case "events.jsonl" -> out -> events.jsonLines(scope, out);
            case "orders.csv" -> out -> orders.csv(scope, out);
            default -> throw new NotFoundException("no export " + file + ": catalogue.csv, catalogue.jsonl, events.jsonl or orders.csv");
        };
        String name = file.substring(0, file.indexOf('.')) + "-" + scope.label().replaceAll("[^A-Za-z0-9_-]", "_") + file.substring(file.indexOf('.'));
        return Response.ok(body, file.endsWith(".csv") ? CSV : JSON_LINES)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
