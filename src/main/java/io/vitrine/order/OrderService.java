package io.vitrine.order;

import io.vitrine.platform.ConflictException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.OutOfStockException;
import io.vitrine.catalog.Page;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.catalog.ProductWrites;
import io.vitrine.customer.AccountRepository;
import io.vitrine.events.EventService;
import io.vitrine.events.Interaction;
import io.vitrine.events.InteractionType;
import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.IdempotencyConflictException;
import io.vitrine.platform.IdempotencyKey;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.WriteSteps;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Places orders: prices each line from the catalogue, takes the units out of stock, stores the order and records
 * the purchase events the recommenders learn from.
 */
@ApplicationScoped
public class OrderService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(OrderService.class.getName());
    static final String TAKE = ":take";
    static final String RETURN = ":return";

    /** A product and a quantity in an order request. */
    public record LineRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "not a product id") String productId,
                              @Min(1) @Max(OrderLine.MAX_QUANTITY) int quantity) {
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
    @Inject
    OrderRecords records;

    Clock clock = Clock.systemUTC();

    /** An order placed now, or the one an earlier request with the same {@code Idempotency-Key} placed. */
    public record Placement(Order order, boolean replayed) {
    }

    public Order place(@NotBlank String accountId,
                       @NotEmpty @Size(max = Order.MAX_LINES) List<@NotNull @Valid LineRequest> request, String source) {
        return place(accountId, request, source, Optional.empty(), "").order();
    }

    /*
     * How an order stays consistent without transactions (the embedded server has none, and stock lives in one
     * document per product). Each step is one write command of single-document atomic updates, and every unit taken
     * is recorded in the product itself by a hold named after the order ("VT-12345678:take"), pushed in the same
     * update as the $inc:
     *   1. (with an Idempotency-Key) claim the key with the order number chosen for it, or replay the earlier order;
     *   2. take every line's units, one conditional update (stock >= n) per line under the order's hold, all lines in
     *      one command;
     *   3. insert the order (PLACED);
     *   4. settle: pull the holds (the stock stays taken), all products in one command;
     *   5. insert the purchase events;
     * then wait once until all of them are on disk before answering (platform/WriteSteps: on the embedded server the
     * steps share one group commit instead of one commit each, 3 + 2 x lines before; a crash keeps a prefix of
     * them, which is what a crash between two durable steps left). A replayed order is answered once on disk too.
     * Any failure in 2 or 3 gives back the units of every hold already taken (release is conditional on the hold,
     * so units come back exactly once) and releases the key. A crash between steps leaves holds behind; OrderSweep
     * (at start-up and every minute) completes or rolls back every hold older than a minute: order stored -> settle,
     * no order -> release. A placement slower than HOLD_LIMIT gives up before inserting, so the sweep never rolls back
     * an order still in flight. A cancel is a conditional state change PLACED/PAID -> CANCELLED (one of two
     * concurrent cancels wins) that marks the order "restocked: false"; its lines come back under "...:return"
     * holds (once each), then the mark turns true and the holds go; the sweep finishes a cancel a crash interrupted.
     */
    static final Duration HOLD_LIMIT = Duration.ofSeconds(30);

    /**
     * Places an order: each line takes its units with one conditional update (never oversells, even with concurrent
     * orders), and any failure gives back what earlier lines took before the order is refused.
     *
     * @param key   an {@code Idempotency-Key}: the same key and lines give the same order, once
     * @param scope whose keys these are (the caller), so two partners' keys never meet
     */
    public Placement place(@NotBlank String accountId,
                           @NotEmpty @Size(max = Order.MAX_LINES) List<@NotNull @Valid LineRequest> request,
                           String source, @NotNull Optional<IdempotencyKey> key, @NotNull String scope) {
        if (accounts.find(accountId).isEmpty()) {
            throw new InvalidInputException("unknown account " + accountId);
        }
        Map<String, Integer> quantities = new LinkedHashMap<>();
        request.forEach(l -> quantities.merge(l.productId(), l.quantity(), Integer::sum));
        String number = newNumber();
        Instant start = clock.instant();
        WriteSteps steps = records.steps();
        Optional<String> claim = Optional.empty();
        if (key.isPresent()) {
            String id = key.get().scopedId(scope);
            Optional<OrderRecords.Claim> earlier = records.claim(id, fingerprint(accountId, quantities), number, start);
            if (earlier.isPresent()) {
                return replay(earlier.get(), fingerprint(accountId, quantities), steps);
            }
            claim = Optional.of(id);
        }
        String hold = number + TAKE;
        List<OrderLine> lines = new ArrayList<>();
        Order order;
        try {
            Map<ProductId, Integer> taking = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> e : quantities.entrySet()) {
                Product p = products.find(new ProductId(e.getKey()))
                        .orElseThrow(() -> new InvalidInputException("unknown product " + e.getKey()));
                // listed before the take: a take that failed after it moved the stock (a lost answer) is given back
                // too, and releasing a hold that was never taken moves nothing
                lines.add(new OrderLine(p.id().value(), p.sellerId(), p.name().en(), p.price(), e.getValue()));
                taking.put(p.id(), e.getValue());
            }
            catalog.takeAllStock(taking, hold, start, steps);
            if (Duration.between(start, clock.instant()).compareTo(HOLD_LIMIT) > 0) {
                throw new ConflictException("the shop is too busy to place this order now; try again");
            }
            order = new Order(number, accountId, lines, clock.instant());
        } catch (RuntimeException | Error failure) {
            giveBack(lines, hold, failure);
            claim.ifPresent(id -> release(id, failure));
            if (failure instanceof OutOfStockException oos) {
                throw new ConflictException(oos.getMessage());
            }
            throw failure;
        }
        store(order, hold, claim, steps);
        settle(lines.stream().map(l -> new ProductId(l.productId())).toList(), hold, steps);
        Instant placedAt = order.placedAt();
        events.recordInternal(lines.stream().map(l -> Interaction.of(InteractionType.PURCHASE, accountId, l.productId(), placedAt)
                .withQuantity(l.quantity()).withSource(source == null ? "order" : source)).toList(), steps);
        steps.awaitDurable();
        placed.fire(new OrderPlaced(order));
        return new Placement(order, false);
    }

    /** Inserts the order; when that fails and the order is surely not stored, its units go back. */
    private void store(Order order, String hold, Optional<String> claim, WriteSteps steps) {
        try {
            orders.insert(order, steps);
        } catch (RuntimeException failure) {
            boolean stored;
            try {
                stored = records.exists(order.number());
            } catch (RuntimeException unknown) {
                // cannot tell whether the order is stored: the holds stay, and the sweep decides from the order itself
                failure.addSuppressed(unknown);
                throw failure;
            }
            if (!stored) {
                giveBack(order.lines(), hold, failure);
                claim.ifPresent(id -> release(id, failure));
                throw failure;
            }
        }
    }

    /** The earlier order, answered once it is on disk (its placement may still be waiting for its commit). */
    private Placement replay(OrderRecords.Claim earlier, String fingerprint, WriteSteps steps) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw IdempotencyConflictException.reused();
        }
        Placement replayed = orders.find(earlier.orderNumber()).map(o -> new Placement(o, true))
                .orElseThrow(IdempotencyConflictException::stillRunning);
        steps.awaitDurable();
        return replayed;
    }

    private void giveBack(List<OrderLine> taken, String hold, Throwable failure) {
        for (OrderLine line : taken) {
            try {
                catalog.releaseStock(new ProductId(line.productId()), hold, line.quantity());
            } catch (RuntimeException e) {
                // the hold stays on the product and the sweep gives the units back
                failure.addSuppressed(e);
            }
        }
    }

    private void release(String claim, Throwable failure) {
        try {
            records.release(claim);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private void settle(ProductId product, String hold) {
        try {
            catalog.settleStock(product, hold);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "hold " + hold + " on " + product + " left for the sweep", e);
        }
    }

    private void settle(List<ProductId> products, String hold, WriteSteps steps) {
        try {
            catalog.settleAllStock(products, hold, steps);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "hold " + hold + " on " + products + " left for the sweep", e);
        }
    }

    /** What makes two requests "the same" for an idempotency key: the account and the merged lines. */
    static String fingerprint(String accountId, Map<String, Integer> quantities) {
        StringBuilder text = new StringBuilder(accountId);
        new TreeMap<>(quantities).forEach((p, q) -> text.append('\n').append(p).append('=').append(q));
        return IdempotencyKey.sha256(text.toString());
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
     * The shopper cancels one of their orders (placed or paid only): the units go back to stock, once even when two
     * cancels race (the state change is conditional). Someone else's order or an unknown number is a
     * {@link NotFoundException} alike, so a shopper cannot probe others' order numbers; a shipped order is an
     * {@link IllegalStateException}.
     */
    public Order cancelByShopper(@NotBlank String accountId, @NotBlank String number) {
        Order order = findForShopper(accountId, number)
                .orElseThrow(() -> new NotFoundException("no order " + number));
        Instant now = clock.instant();
        if (!records.cancel(number, now)) {
            Order current = orders.find(number).orElseThrow(() -> new NotFoundException("no order " + number));
            if (current.status() == OrderStatus.CANCELLED) {
                // a concurrent cancel won: it gives the units back, this one must not
                return current;
            }
            current.moveTo(OrderStatus.CANCELLED, now); // says why when its status does not allow it
            throw new ConflictException("the order could not be cancelled");
        }
        restock(order, now);
        return orders.find(number).orElse(order);
    }

    /** Gives back a cancelled order's units, once per line however often it runs (the sweep runs it again after a crash). */
    void restock(Order order, Instant at) {
        String hold = order.number() + RETURN;
        for (OrderLine line : order.lines()) {
            catalog.giveBackStock(new ProductId(line.productId()), line.quantity(), hold, at);
        }
        records.markRestocked(order.number());
        order.lines().forEach(l -> settle(new ProductId(l.productId()), hold));
    }

    /** How old a hold or an unfinished cancel must be before the sweep finishes it: far beyond any request. */
    static final Duration STALE = Duration.ofMinutes(1);
    /** How long an Idempotency-Key is remembered. */
    static final Duration KEYS_KEPT = Duration.ofDays(1);

    /** What one sweep did. */
    public record Sweep(int settled, int rolledBack, int restocked, int keysDropped) {
    }

    /**
     * Completes or rolls back what a crash interrupted (see the comment above {@link #HOLD_LIMIT}): a take hold
     * older than {@link #STALE} is settled when its order is stored and released (units back) when it is not; a
     * cancel whose units are not all back gets them back (once per line); abandoned and day-old keys go.
     */
    public Sweep sweep(Instant now) {
        Instant before = now.minus(STALE);
        int settled = 0;
        int rolledBack = 0;
        for (ProductWrites.Hold hold : catalog.holdsBefore(before)) {
            String number = hold.key().substring(0, hold.key().lastIndexOf(':'));
            if (hold.key().endsWith(TAKE)) {
                if (records.exists(number)) {
                    catalog.settleStock(hold.product(), hold.key());
                    settled++;
                } else {
                    catalog.releaseStock(hold.product(), hold.key(), hold.quantity());
                    rolledBack++;
                }
            } else if (records.isRestocked(number)) {
                catalog.settleStock(hold.product(), hold.key());
                settled++;
            }
        }
        int restocked = 0;
        for (String number : records.cancelledNotRestocked(before)) {
            Optional<Order> order = orders.find(number);
            if (order.isPresent()) {
                restock(order.get(), now);
                restocked++;
            }
        }
        return new Sweep(settled, rolledBack, restocked, records.dropClaims(before, now.minus(KEYS_KEPT)));
    }

    private static boolean mayRead(Caller caller, Order order) {
        return switch (caller.kind()) {
            case ADMIN -> true;
            case PARTNER -> caller.sellerId().map(s -> order.sellerIds().contains(s)).orElse(true);
            case SELLER -> caller.sellerId().map(s -> order.sellerIds().contains(s)).orElse(false);
            case SHOPPER, ANONYMOUS -> false;
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
