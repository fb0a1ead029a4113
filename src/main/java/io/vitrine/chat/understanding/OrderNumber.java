package io.vitrine.chat.understanding;

import io.vitrine.order.Order;
import io.vitrine.platform.InvalidInputException;

import java.util.Locale;
import java.util.Objects;

/**
 * A Vitrine order number: {@code VT-} and eight digits, e.g. {@code VT-48291375} (the format is {@link Order#NUMBER}).
 * Shoppers also type "vt48291375", "VT 48291375" or "vt-48291375"; {@link #value()} is always the canonical
 * upper-case form with the dash.
 */
public record OrderNumber(String value) {

    public OrderNumber {
        Objects.requireNonNull(value, "value");
        if (!Order.NUMBER.matcher(value).matches()) {
            throw new InvalidInputException("order numbers look like VT-12345678: " + value);
        }
    }

    /** From the digits of a match ("48291375"). */
    static OrderNumber ofDigits(String digits) {
        return new OrderNumber("VT-" + digits.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
