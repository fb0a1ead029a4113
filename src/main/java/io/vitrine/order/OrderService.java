package io.vitrine.order;

import io.vitrine.platform.ConflictException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.OutOfStockException;
import io.vitrine.catalog.Page;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.customer.AccountRepository;
import io.vitrine.events.EventService;
import io.vitrine.events.Interaction;
import io.vitrine.events.InteractionType;
import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places orders: prices each line from the catalogue, takes the units out of stock, stores the order and records
 * the purchase events the recommenders learn from.
 */
@ApplicationScoped
public class OrderService {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A product and a quantity in an order request. */
    public record LineRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "not a product id") String productId,
                              @Min(1) @Max(99) int quantity) {
    }

    @Inject
    ProductRepository products;
    @Inject
    AccountRepository accounts;
    @Inject
    CatalogService catalog;
    @Inject
    OrderRepository orders;
    @Inject
    EventService events;
    @Inject
    jakarta.enterprise.event.Event<OrderPlaced> placed;

    private final Clock clock = Clock.systemUTC();

    /**
     * Each line takes its units with one conditional update (never oversells, even with concurrent orders).
     * MongoDB without a transaction (and the embedded server has none) cannot take stock from several products
     * atomically, so a failed line gives back what earlier lines took before the order is refused.
     */
    public Order place(@NotBlank String accountId, @NotEmpty @Size(max = 50) List<@NotNull @Valid LineRequest> request,
                       String source) {
        if (accounts.find(accountId).isEmpty()) {
            throw new InvalidInputException("unknown account " + accountId);
        }
        Map<String, Integer> quantities = new LinkedHashMap<>();
        request.forEach(l -> quantities.merge(l.productId(), l.quantity(), Integer::sum));
        List<OrderLine> lines = new ArrayList<>();
        try {
            for (Map.Entry<String, Integer> e : quantities.entrySet()) {
                Product p = products.find(new ProductId(e.getKey()))
                        .orElseThrow(() -> new InvalidInputException("unknown product " + e.getKey()));
                catalog.takeStock(p.id(), e.getValue());
                lines.add(new OrderLine(p.id().value(), p.sellerId(), p.name().en(), p.price(), e.getValue()));
            }
        } catch (OutOfStockException | IllegalArgumentException failure) {
            lines.forEach(taken -> catalog.returnStock(new ProductId(taken.productId()), taken.quantity()));
            if (failure instanceof OutOfStockException oos) {
                throw new ConflictException(oos.getMessage());
            }
            throw failure;
        }
        Instant now = clock.instant();
        Order order = new Order(newNumber(), accountId, lines, now);
        orders.save(order);
        events.recordInternal(lines.stream().map(l -> Interaction.of(InteractionType.PURCHASE, accountId, l.productId(), now)
                .withQuantity(l.quantity()).withSource(source == null ? "order" : source)).toList());
        placed.fire(new OrderPlaced(order));
        return order;
    }

    public Order get(@NotNull Caller caller, @NotBlank String number) {
        Order order = orders.find(number).orElseThrow(() -> new NotFoundException("no order " + number));
        if (!mayRead(caller, order)) {
            throw AccessDeniedException.forbidden("this order is not yours to read");
        }
        return order;
    }

    public Page<Order> ofAccount(String accountId, int page, int size) {
        return orders.findByAccount(accountId, page, size);
    }

    /** One of the shopper's own orders; empty for an unknown number or someone else's order alike. */
    public Optional<Order> findForShopper(@NotBlank String accountId, @NotBlank String number) {
        return orders.find(number).filter(o -> o.accountId().equals(accountId));
    }

    /**
     * The shopper cancels one of their orders (placed or paid only): the units go back to stock. Someone else's order
     * or an unknown number is a {@link NotFoundException} alike, so a shopper cannot probe others' order numbers;
     * a shipped order is an {@link IllegalStateException}.
     */
    public Order cancelByShopper(@NotBlank String accountId, @NotBlank String number) {
        Order order = findForShopper(accountId, number)
                .orElseThrow(() -> new NotFoundException("no order " + number));
        order.moveTo(OrderStatus.CANCELLED, clock.instant());
        orders.save(order);
        for (OrderLine line : order.lines()) {
            if (products.find(new ProductId(line.productId())).isPresent()) {
                catalog.returnStock(new ProductId(line.productId()), line.quantity());
            }
        }
        return order;
    }

    private static boolean mayRead(Caller caller, Order order) {
        return switch (caller.kind()) {
            case ADMIN -> true;
            case PARTNER -> caller.sellerId().map(s -> order.sellerIds().contains(s)).orElse(true);
            case SELLER -> caller.sellerId().map(s -> order.sellerIds().contains(s)).orElse(false);
            case ANONYMOUS -> false;
        };
    }

    private String newNumber() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String number = String.format("VT-%08d", RANDOM.nextInt(100_000_000));
            if (orders.find(number).isEmpty()) {
                return number;
            }
        }
        throw new IllegalStateException("could not allocate an order number");
    }
}
