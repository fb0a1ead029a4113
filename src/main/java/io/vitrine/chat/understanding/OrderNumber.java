package io.vitrine.chat.understanding;

import io.vitrine.platform.InvalidInputException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Vitrine order number: {@code VT-} and eight digits, e.g. {@code VT-48291375} (as {@code order.Order}
 * numbers them). Shoppers also type "vt48291375", "VT 48291375" or "vt-48291375"; {@link #value()} is always the canonical upper-case form with the dash.
 */
public record OrderNumber(String value) {

    private static final Pattern CANONICAL = Pattern.compile("VT-\\d{8}");

    public OrderNumber {
        Objects.requireNonNull(value, "value");
        if (!CANONICAL.matcher(value).matches()) {
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
