package io.vitrine.order;

import io.vitrine.platform.ConflictException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.catalog.Money;
import io.vitrine.platform.EpochMillis;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A placed order. Numbers look like {@code VT-12345678} (shoppers read them out to the chat assistant). Totals are
 * computed from the lines when the order is placed and never change afterwards; a change of status is a new value
 * the service saves. A record the database maps through its canonical constructor; the number is the document's id
 * and the times are epoch milliseconds, as they always were.
 */
@Entity("orders")
public record Order(@Id String number, @Column String accountId, @Column List<OrderLine> lines, @Column long totalCents,
                    @Column String currency, @Column OrderStatus status, @Column List<String> sellerIds,
                    @Column @Convert(EpochMillis.class) Instant placedAt,
                    @Column @Convert(EpochMillis.class) Instant updatedAt) {

    public static final Pattern NUMBER = Pattern.compile("VT-\\d{8}");
    /** The most lines one order (and the cart) holds. */
    public static final int MAX_LINES = 50;

    public Order {
        lines = lines == null ? List.of() : List.copyOf(lines);
        sellerIds = sellerIds == null ? List.of() : List.copyOf(sellerIds);
        placedAt = EpochMillis.of(placedAt);
        updatedAt = EpochMillis.of(updatedAt);
    }

    /** A new order, placed now: its total and sellers from the lines. */
    public Order(String number, String accountId, List<OrderLine> lines, Instant placedAt) {
        this(checkedNumber(number), Objects.requireNonNull(accountId), checkedLines(lines), total(lines).cents(),
                total(lines).currency(), OrderStatus.PLACED, lines.stream().map(OrderLine::sellerId).distinct().sorted().toList(),
                placedAt, placedAt);
    }

    private static String checkedNumber(String number) {
        if (!NUMBER.matcher(number).matches()) {
            throw new InvalidInputException("order numbers look like VT-12345678");
        }
        return number;
    }

    private static List<OrderLine> checkedLines(List<OrderLine> lines) {
        if (lines.isEmpty()) {
            throw new InvalidInputException("an order has at least one line");
        }
        return lines;
    }

    private static Money total(List<OrderLine> lines) {
        return lines.stream().map(OrderLine::total).reduce(Money::plus).orElseThrow();
    }

    public Money total() {
        return new Money(totalCents, currency);
    }

    public int units() {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }

    /** This order in status {@code next}, changed {@code at}; a step the status does not allow is a conflict. */
    public Order moveTo(OrderStatus next, Instant at) {
        if (!status.canMoveTo(next)) {
            throw new ConflictException("an order " + status.name().toLowerCase() + " cannot become "
                    + next.name().toLowerCase());
        }
        return new Order(number, accountId, lines, totalCents, currency, next, sellerIds, placedAt, at);
    }
}
