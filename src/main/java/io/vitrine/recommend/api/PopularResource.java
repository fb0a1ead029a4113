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

/** {@code /api/v1/popular}: time-decayed popularity, in a category or sub-category when asked. */
@Path("v1/popular")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "recommendations")
public class PopularResource {

    @Inject
    RecommendationService service;

    @GET
    @Operation(summary = "Popular products", description = "Weighted events halved every 14 days; in stock only.")
    public RecommendationList popular(@BeanParam @Valid ListParams params) {
        return params.answer((n, language) -> service.popular(n, params.category(), params.subCategory(), language));
    }
}
