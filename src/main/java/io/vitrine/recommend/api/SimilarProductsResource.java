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

/**
 * {@code /api/v1/products/{id}/similar}. A root of its own (not a method of ProductResource) so the recommender
 * stays in its package; JAX-RS picks it for this longer path.
 */
@Path("v1/products/{id}/similar")
// stateless, so one instance serves every request: Payara makes a request-scoped bean at a cost on each request
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "recommendations")
public class SimilarProductsResource {

    @Inject
    RecommendationService service;

    @GET
    @Operation(summary = "Products similar to this one", description = "Item-to-item cosine over who engages with them; "
            + "popular items of the same sub-category when the product has no neighbours yet (fallback: true).")
    @APIResponse(responseCode = "404", description = "No such product")
    public RecommendationList similar(@PathParam("id") String id, @BeanParam @Valid ListParams params) {
        return params.answer((n, language) -> service.similar(id, n, language));
    }
}
