package io.vitrine.order.api;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.catalog.Page;
import io.vitrine.platform.api.PageResponse;
import io.vitrine.order.Order;
import io.vitrine.order.OrderLine;
import io.vitrine.order.OrderService;
import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.IdempotencyKey;
import io.vitrine.platform.security.Caller;
import io.vitrine.platform.security.CurrentCaller;
import io.vitrine.platform.security.ShopperIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code /api/v1/orders}: partners place orders for shoppers and read them back. */
@Path("v1/orders")
// stateless, so one instance serves every request: Payara makes a request-scoped bean at a cost on each request
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "orders")
@SecurityRequirement(name = "apiKey")
public class OrderResource {

    /** A line of an order request; validated by {@link OrderService} (Bean Validation on the service contract). */
    public record LineItem(String productId, int quantity) {
    }

    public record OrderRequest(String accountId, List<LineItem> lines, String source) {
    }

    public record LineResponse(String productId, String sellerId, String name, BigDecimal unitPrice, int quantity,
                               BigDecimal total) {
    }

    public record OrderResponse(String number, String accountId, String status, List<LineResponse> lines,
                                BigDecimal total, String currency, Instant placedAt) {
        /** The whole order, the shopper named by their opaque id (never the e-mail). */
        static OrderResponse of(Order o, String shopperId) {
            return new OrderResponse(o.number(), shopperId, o.status().name().toLowerCase(),
                    o.lines().stream().map(OrderResponse::line).toList(),
                    o.total().amount(), o.total().currency(), o.placedAt());
        }

        /** What a seller sees of an order: its own lines and their total, not who the shopper is. */
        static OrderResponse forSeller(Order o, String sellerId) {
            List<OrderLine> own = o.lines().stream().filter(l -> l.sellerId().equals(sellerId)).toList();
            BigDecimal total = own.stream().map(l -> l.total().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new OrderResponse(o.number(), null, o.status().name().toLowerCase(),
                    own.stream().map(OrderResponse::line).toList(), total, o.total().currency(), o.placedAt());
        }

        private static LineResponse line(OrderLine l) {
            return new LineResponse(l.productId(), l.sellerId(), l.name(), l.unitPrice().amount(), l.quantity(), l.total().amount());
        }
    }

    /** Query parameters of the order list (constraints on fields: Payara's OpenAPI scanner fails on constrained parameters). */
    public static class ListParams {
        @QueryParam("account") @NotBlank(message = "name the shopper account") @Size(max = 254) String account;
        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page;
        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size;
    }

    @Inject
    OrderService orders;
    @Inject
    CurrentCaller caller;
    @Inject
    ShopperIds shopperIds;

    @GET
    @Operation(summary = "Orders of one shopper account",
            description = "account is the shopper's opaque id; an orders:read key not bound to a seller, the shopper's own session, or an admin.")
    public PageResponse<OrderResponse> list(@BeanParam @jakarta.validation.Valid ListParams params) {
        String account = params.account;
        int page = params.page;
        int size = params.size;
        Caller who = caller.get().requireAuthenticated();
        if (who.kind() == Caller.Kind.SELLER || who.sellerId().isPresent()) {
            throw AccessDeniedException.forbidden("sellers see orders through their dashboard, not per shopper");
        }
        if (account.contains("@")) {
            throw new InvalidInputException("account is the shopper's opaque id (sh_...), never an e-mail");
        }
        String shopper = account.strip();
        Page<OrderResponse> p = orders.ofAccount(shopperIds.internal(shopper), page, size).map(o -> OrderResponse.of(o, shopper));
        return new PageResponse<>(p.items(), p.total(), p.page(), p.size());
    }

    @GET
    @Path("{number}")
    @Operation(summary = "One order")
    @APIResponse(responseCode = "404", description = "No such order")
    public OrderResponse get(@PathParam("number") @Pattern(regexp = "VT-\\d{8}", message = "order numbers look like VT-12345678") String number) {
        Caller who = caller.get().requireAuthenticated();
        Order order = orders.get(who, number);
        return who.sellerId().isPresent() && !who.isAdmin() ? OrderResponse.forSeller(order, who.sellerId().get())
                : OrderResponse.of(order, shopperIds.external(order.accountId()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place an order for a shopper account", description = "Takes the units out of stock; 409 when a "
            + "product has too few. With an Idempotency-Key header, sending the same request again gives back the same "
            + "order (header Idempotent-Replayed: true) without taking stock twice; the same key with other lines is a 422.")
    @APIResponse(responseCode = "201", description = "Placed (or the order this Idempotency-Key already placed)")
    @APIResponse(responseCode = "400", description = "Malformed request or Idempotency-Key")
    @APIResponse(responseCode = "409", description = "Not enough stock, or the first request with this key is still running")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with a different request")
    public Response place(OrderRequest request, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                          @Context UriInfo uri) {
        Caller who = caller.get().requireAuthenticated();
        if (who.kind() == Caller.Kind.SELLER || who.sellerId().isPresent()) {
            throw AccessDeniedException.forbidden("sellers cannot place orders for shoppers");
        }
        Optional<IdempotencyKey> key = IdempotencyKey.ofHeader(idempotencyKey);
        if (request == null || request.accountId() == null || request.lines() == null) {
            throw new InvalidInputException("accountId and lines are required");
        }
        List<OrderService.LineRequest> lines = request.lines().stream()
                .map(l -> l == null ? null : new OrderService.LineRequest(l.productId(), l.quantity())).toList();
        // the shopper by opaque id, or (as before opaque ids) by account e-mail
        OrderService.Placement placement = orders.place(shopperIds.internal(request.accountId().strip()).toLowerCase(),
                lines, request.source() == null ? "api:" + who.name() : request.source(), key, "api:" + who.name());
        Order order = placement.order();
        Response.ResponseBuilder created = Response.created(uri.getAbsolutePathBuilder().path(order.number()).build())
                .entity(OrderResponse.of(order, shopperIds.external(order.accountId())));
        if (placement.replayed()) {
            created.header("Idempotent-Replayed", "true");
        }
        return created.build();
    }
}
