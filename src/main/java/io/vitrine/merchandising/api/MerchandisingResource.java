package io.vitrine.merchandising.api;

import io.vitrine.platform.api.Requests;
import io.vitrine.catalog.Placement;
import io.vitrine.merchandising.Merchandising;
import io.vitrine.merchandising.RuleDraft;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.security.Caller;
import io.vitrine.platform.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Merchandising rules over REST: admins manage the shop's rules, sellers (session or seller-bound key with
 * {@code catalog:write}) their own, which only ever touch their own products.
 */
@Path("v1/merchandising")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "merchandising", description = "Pins, boosts, burials and exclusions on shelves, search results and recommendations")
public class MerchandisingResource {

    @Inject
    Merchandising merchandising;
    @Inject
    CurrentCaller caller;

    @GET
    @Path("rules")
    @Operation(summary = "The rules the caller may manage, newest first")
    @SecurityRequirement(name = "apiKey")
    public List<RuleResponse> list() {
        return merchandising.list(caller.get()).stream().map(RuleResponse::of).toList();
    }

    @GET
    @Path("rules/{id}")
    @Operation(summary = "One rule")
    @SecurityRequirement(name = "apiKey")
    @APIResponse(responseCode = "404", description = "No such rule (or not the caller's)")
    public RuleResponse get(@PathParam("id") String id) {
        return RuleResponse.of(merchandising.get(caller.get(), id));
    }

    @POST
    @Path("rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a rule", description = "action PIN (product, position 1-100, placement SHELF or QUERY), "
            + "BOOST / BURY (strength above 1, at most 10) or EXCLUDE; placement SHELF (category, subCategory), QUERY "
            + "(query), RECOMMENDATIONS or EVERYWHERE; the products: product, brand, attribute + value, minPriceCents, "
            + "maxPriceCents, newWithinDays, seller (every part given must match).")
    @SecurityRequirement(name = "apiKey")
    @APIResponse(responseCode = "201", description = "Created and in force")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the problem says which")
    public Response create(RuleDraft draft, @Context UriInfo uri) {
        RuleResponse created = RuleResponse.of(merchandising.create(caller.get(), Requests.body(draft, "a JSON rule is required")));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Path("rules/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a rule")
    @SecurityRequirement(name = "apiKey")
    public RuleResponse update(@PathParam("id") String id, RuleDraft draft) {
        return RuleResponse.of(merchandising.update(caller.get(), id, Requests.body(draft, "a JSON rule is required")));
    }

    @DELETE
    @Path("rules/{id}")
    @Operation(summary = "Delete a rule")
    @SecurityRequirement(name = "apiKey")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id) {
        merchandising.delete(caller.get(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A shelf or a query's results before and after the rules, and with a draft rule (not saved)")
    @SecurityRequirement(name = "apiKey")
    public PreviewResponse preview(PreviewRequest request) {
        if (request == null || request.kind() == null) {
            throw new InvalidInputException("kind: SHELF or QUERY");
        }
        String language = "fr".equalsIgnoreCase(request.language()) ? "fr" : "en";
        Placement where = switch (request.kind().strip().toUpperCase(Locale.ROOT)) {
            case "SHELF" -> {
                if (request.category() == null || request.category().isBlank()) {
                    throw new InvalidInputException("category: a shelf preview names its category");
                }
                yield Placement.shelf(Optional.of(request.category().strip()),
                        Optional.ofNullable(request.subCategory()).map(String::strip).filter(s -> !s.isEmpty()));
            }
            case "QUERY" -> {
                if (request.query() == null || Placement.normalise(request.query()).isEmpty()) {
                    throw new InvalidInputException("query: a query preview names its query");
                }
                yield Placement.query(request.query());
            }
            default -> throw new InvalidInputException("kind: SHELF or QUERY");
        };
        Caller who = caller.get();
        return PreviewResponse.of(merchandising.preview(who, where, language, Optional.ofNullable(request.draft())), language);
    }

    @GET
    @Path("changes")
    @Operation(summary = "Who changed which rule and when, newest first")
    @SecurityRequirement(name = "apiKey")
    public List<ChangeResponse> changes(@QueryParam("limit") @DefaultValue("100") int limit) {
        return merchandising.history(caller.get(), limit).stream().map(ChangeResponse::of).toList();
    }
}
