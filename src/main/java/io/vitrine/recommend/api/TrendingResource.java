package io.vitrine.recommend.api;

import io.vitrine.recommend.RecommendationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/trending}: products rising this week against the week before. */
@Path("v1/trending")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "recommendations")
public class TrendingResource {

    @Inject
    RecommendationService service;

    @GET
    @Operation(summary = "Trending products", description = "Only products whose weighted events rose; may be shorter than n.")
    public RecommendationList trending(@BeanParam @Valid ListParams params) {
        return params.answer((n, language) -> service.trending(n, language));
    }
}
