package io.vitrine.recommend.api;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.security.ShopperIds;
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
 * The lists that are not about one product: {@code /api/v1/recommendations/users/{userId}} (the blend for a shopper or
 * an anonymous session), {@code /api/v1/popular} and {@code /api/v1/trending}. The lists about one product
 * ({@code /api/v1/products/{id}/similar}, {@code .../bought-together}) need roots of their own: under a root
 * {@code v1}, JAX-RS would route them to the catalogue's {@code v1/products}, the longer matching root.
 */
@Path("v1")
// stateless, so one instance serves every request: Payara makes a request-scoped bean at a cost on each request
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "recommendations")
public class RecommendationListResource {

    @Inject
    RecommendationService service;
    @Inject
    ShopperIds shopperIds;

    @GET
    @Path("recommendations/users/{userId}")
    @Operation(summary = "Recommendations for a shopper",
            description = "userId is a shopper's opaque id (sh_..., see GET /api/v1/me) or anon:<session>; only that "
                    + "shopper's own session or a key with recommendations:read may read it. Their latest events count at "
                    + "once; bought and out-of-stock products are left out. An unknown shopper gets popular items (fallback: true).")
    @APIResponse(responseCode = "401", description = "No session or key")
    @APIResponse(responseCode = "403", description = "Not this shopper's session nor a recommendations:read key")
    @APIResponse(responseCode = "400", description = "n outside 1..100")
    @APIResponse(responseCode = "503", description = "Models still training after start-up; see Retry-After")
    public RecommendationList forUser(@PathParam("userId") String userId, @BeanParam @Valid ListParams params) {
        if (userId == null || userId.isBlank() || userId.length() > 200) {
            throw new InvalidInputException("userId must have 1 to 200 characters");
        }
        if (userId.contains("@")) {
            throw new InvalidInputException("userId is the shopper's opaque id (sh_...), never an e-mail");
        }
        // stored histories and models know accounts by their internal id: the opaque id is translated here, at the edge
        String user = shopperIds.internal(userId.strip());
        return params.answer((n, language) -> service.forUser(user, n, params.category(), params.subCategory(), language));
    }

    @GET
    @Path("popular")
    @Operation(summary = "Popular products", description = "Weighted events halved every 14 days; in stock only.")
    public RecommendationList popular(@BeanParam @Valid ListParams params) {
        return params.answer((n, language) -> service.popular(n, params.category(), params.subCategory(), language));
    }

    @GET
    @Path("trending")
    @Operation(summary = "Trending products", description = "Only products whose weighted events rose; may be shorter than n.")
    public RecommendationList trending(@BeanParam @Valid ListParams params) {
        return params.answer((n, language) -> service.trending(n, language));
    }
}
