package io.vitrine.recommend.api;

import io.vitrine.recommend.RecommendationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/products/{id}/bought-together}: partners from orders ranked by lift. */
@Path("v1/products/{id}/bought-together")
// stateless, so one instance serves every request: Payara makes a request-scoped bean at a cost on each request
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "recommendations")
public class BoughtTogetherResource {

    @Inject
    RecommendationService service;

    @GET
    @Operation(summary = "Products frequently bought with this one", description = "Lift over orders, minimum support 2; "
            + "an empty list when the product has too few orders.")
    @APIResponse(responseCode = "404", description = "No such product")
    public RecommendationList boughtTogether(@PathParam("id") String id, @BeanParam @Valid ListParams params) {
        return params.answer((n, language) -> service.boughtTogether(id, n, language));
    }
}
