package io.vitrine.vision.api;

import io.vitrine.catalog.ProductId;
import io.vitrine.platform.NotFoundException;
import io.vitrine.vision.VisionService;
import jakarta.enterprise.context.RequestScoped;
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
 * {@code GET /api/v1/products/{id}/looks-like}: products whose photos look like this product's, for a product page.
 * A root of its own so photo search stays in its package; JAX-RS picks it for this longer path.
 */
@Path("v1/products/{id}/looks-like")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search")
public class LooksLikeResource {

    @Inject
    VisionService service;

    @GET
    @Operation(summary = "Products that look like this one",
            description = "Nearest photos by the cosine of the CNN's embeddings; each product once, the product itself excluded.")
    @APIResponse(responseCode = "404", description = "No such product")
    @APIResponse(responseCode = "503", description = "The model is loading; retry after Retry-After seconds")
    public LooksLikeResponse looksLike(@PathParam("id") String id, @BeanParam @Valid LooksLikeParams params) {
        if (!ProductId.isValid(id)) {
            throw new NotFoundException("no product " + id);
        }
        return LooksLikeResponse.of(id, service.looksLike(new ProductId(id), params.n));
    }
}
