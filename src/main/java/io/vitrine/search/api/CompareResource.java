package io.vitrine.search.api;

import io.vitrine.platform.InvalidInputException;

import io.vitrine.catalog.ProductId;
import io.vitrine.search.ProductComparison;
import io.vitrine.search.SearchService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

/** {@code /api/v1/compare}: 2 to 4 products side by side. */
@Path("v1/compare")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search")
public class CompareResource {

    @Inject
    SearchService search;

    @GET
    @Operation(summary = "Compare products",
            description = "An aligned table of 2 to 4 products (price, rating, brand, stock, category, attributes), "
                    + "marking which rows differ and which products are cheapest and best rated.")
    @APIResponse(responseCode = "200", description = "The table, products in the order asked")
    @APIResponse(responseCode = "400", description = "Fewer than 2 or more than 4 ids, a repeated or malformed id")
    @APIResponse(responseCode = "404", description = "An id names no product")
    public ComparisonResponse compare(@Parameter(description = "comma-separated product ids, 2 to 4")
                                      @QueryParam("ids") String ids) {
        return ComparisonResponse.of(search.compare(parse(ids)));
    }

    static List<ProductId> parse(String ids) {
        if (ids == null || ids.isBlank()) {
            throw new InvalidInputException("ids is required: 2 to 4 comma-separated product ids");
        }
        List<String> parts = Arrays.stream(ids.split(",", -1)).map(String::strip).toList();
        if (parts.size() > ProductComparison.MAX) {
            throw new InvalidInputException("a comparison takes " + ProductComparison.MIN + " to "
                    + ProductComparison.MAX + " product ids, got " + parts.size());
        }
        for (String p : parts) {
            if (!ProductId.isValid(p)) {
                throw new InvalidInputException("not a product id: '" + (p.length() > 64 ? p.substring(0, 64) + "…" : p) + "'");
            }
        }
        return parts.stream().map(ProductId::new).toList();
    }
}
