package io.vitrine.events.api;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.events.EventDraft;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.ProductId;
import io.vitrine.events.EventService;
import io.vitrine.events.Interaction;
import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.security.ShopperIds;
import io.vitrine.platform.security.Caller;
import io.vitrine.platform.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code POST /api/v1/events}: one event or an array of up to 1,000, safe to retry with an Idempotency-Key. */
@Path("v1/events")
// stateless, so one instance serves every request: Payara makes a request-scoped bean at a cost on each request
@ApplicationScoped
@Tag(name = "events")
public class EventResource {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type LIST = new ArrayList<EventDraft>() { }.getClass().getGenericSuperclass();

    /** The optional Idempotency-Key header (constraints on a field: Payara's OpenAPI scanner fails on constrained parameters). */
    public static class Headers {
        @HeaderParam("Idempotency-Key") @Size(max = 200)
        @Pattern(regexp = "[\\x21-\\x7e]+", message = "printable ASCII without spaces") String idempotencyKey;
    }

    @Inject
    EventService events;
    @Inject
    CurrentCaller caller;
    @Inject
    ShopperIds shopperIds;
    @Inject
    CatalogService catalog;

    @POST
    @io.vitrine.platform.limits.RateLimited(io.vitrine.platform.limits.Budget.EVENTS)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record shopper interactions",
            description = "Body: one event object or an array. Types: view, click, add-to-cart, purchase, rating (1-5), like, search. "
                    + "Events already stored (same Idempotency-Key, or same event id from the same sender) are counted as duplicates.")
    @SecurityRequirement(name = "apiKey")
    @APIResponse(responseCode = "202", description = "Recorded")
    @APIResponse(responseCode = "413", description = "More than 1,000 events")
    public Response record(@BeanParam @jakarta.validation.Valid Headers headers, @RequestBody(required = true) String body) {
        String idempotencyKey = headers.idempotencyKey;
        Caller who = caller.get().requireAuthenticated();
        List<EventDraft> drafts = parse(body);
        if (drafts.size() > EventService.MAX_BATCH) {
            throw new WebApplicationException("at most " + EventService.MAX_BATCH + " events per request",
                    Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        if (who.sellerId().isPresent() && !who.isAdmin()) {
            requireOwnAnonymousEvents(who.sellerId().get(), drafts);
        }
        EventService.Recorded recorded = events.record(who.kind() + ":" + who.name(), internalIds(drafts),
                Optional.ofNullable(idempotencyKey));
        // two numbers, written here: JSON-B sets a serialiser up per answer (15 of 170 samples of a single event in the
        // profile of docs/reliability.md, session 5)
        return Response.accepted("{\"accepted\":" + recorded.accepted() + ",\"duplicates\":" + recorded.duplicates() + "}")
                .type(MediaType.APPLICATION_JSON).build();
    }

    /**
     * A seller-bound caller writes events only about its own products and only for anonymous ids: never for a named
     * account (it would steer that shopper's recommendations) nor about other sellers' products (their figures).
     */
    private void requireOwnAnonymousEvents(String sellerId, List<EventDraft> drafts) {
        for (EventDraft d : drafts) {
            if (d.userId() != null && !d.userId().startsWith(Interaction.ANONYMOUS_PREFIX)) {
                throw AccessDeniedException.forbidden("a seller's events are for anonymous ids (anon:...) only");
            }
            if (d.productId() == null) {
                throw AccessDeniedException.forbidden("a seller's events name one of its products");
            }
        }
        List<ProductId> ids = drafts.stream().map(EventDraft::productId).distinct().map(ProductId::new).toList();
        Set<String> own = catalog.getAll(ids).stream().filter(p -> p.sellerId().equals(sellerId))
                .map(p -> p.id().value()).collect(Collectors.toSet());
        if (!own.containsAll(ids.stream().map(ProductId::value).toList())) {
            throw AccessDeniedException.forbidden("a seller may only send events about its own products");
        }
    }

    /** Shoppers named by their opaque id are stored under their account's id, as the shop's own events are. */
    private List<EventDraft> internalIds(List<EventDraft> drafts) {
        return drafts.stream().map(d -> d == null || !ShopperIds.isPublicId(d.userId()) ? d
                : new EventDraft(d.id(), d.type(), shopperIds.internal(d.userId()), d.productId(), d.timestamp(), d.source(),
                d.rating(), d.quantity(), d.query(), d.resultCount())).toList();
    }

    private static List<EventDraft> parse(String body) {
        String json = body == null ? "" : body.strip();
        try {
            if (json.startsWith("[")) {
                List<EventDraft> list = JSON.fromJson(json, LIST);
                if (list == null || list.isEmpty() || list.contains(null)) {
                    throw new InvalidInputException("the array must hold at least one event object");
                }
                return list;
            }
            if (json.startsWith("{")) {
                return Arrays.asList(JSON.fromJson(json, EventDraft.class));
            }
        } catch (JsonbException e) {
            throw new InvalidInputException("the body is not a valid event or array of events");
        }
        throw new InvalidInputException("the body must be a JSON event object or an array of them");
    }
}
