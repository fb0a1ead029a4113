package io.vitrine.order;

import io.vitrine.platform.ConflictException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.catalog.Money;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A placed order. Numbers look like {@code VT-12345678} (shoppers read them out to the chat assistant). Totals are
 * computed from the lines when the order is placed and never change afterwards.
 */
@Entity("orders")
public class Order {

    public static final Pattern NUMBER = Pattern.compile("VT-\\d{8}");

    @Id
    private String id;
    @Column
    private String accountId;
    @Column
    private List<OrderLine> lines;
    @Column
    private long totalCents;
    @Column
    private String currency;
    @Column
    private OrderStatus status;
    @Column
    private List<String> sellerIds;
    @Column
    private long placedAt;
    @Column
    private long updatedAt;

    protected Order() {
    }

    public Order(String number, String accountId, List<OrderLine> lines, Instant placedAt) {
        if (!NUMBER.matcher(number).matches()) {
            throw new InvalidInputException("order numbers look like VT-12345678");
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("an order has at least one line");
        }
        this.id = number;
        this.accountId = Objects.requireNonNull(accountId);
        this.lines = new ArrayList<>(lines);
        Money total = lines.stream().map(OrderLine::total).reduce(Money::plus).orElseThrow();
        this.totalCents = total.cents();
        this.currency = total.currency();
        this.sellerIds = lines.stream().map(OrderLine::sellerId).distinct().sorted().toList();
        this.status = OrderStatus.PLACED;
        this.placedAt = placedAt.toEpochMilli();
        this.updatedAt = this.placedAt;
    }

    public String number() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    public Money total() {
        return new Money(totalCents, currency);
    }

    public int units() {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }

    public OrderStatus status() {
        return status;
    }

    public List<String> sellerIds() {
        return List.copyOf(sellerIds);
    }

    public Instant placedAt() {
        return Instant.ofEpochMilli(placedAt);
    }

    public Instant updatedAt() {
        return Instant.ofEpochMilli(updatedAt);
    }

    public void moveTo(OrderStatus next, Instant at) {
        if (!status.canMoveTo(next)) {
            throw new ConflictException("an order " + status.name().toLowerCase() + " cannot become "
                    + next.name().toLowerCase());
        }
        status = next;
        updatedAt = at.toEpochMilli();
    }
}
