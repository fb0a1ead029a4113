package io.vitrine.chat;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Vitrine order number: {@code VT-} and six digits, e.g. {@code VT-482913}. Shoppers also type "vt482913",
 * "VT 482913" or "vt-482913"; {@link #value()} is always the canonical upper-case form with the dash.
 */
public record OrderNumber(String value) {

    private static final Pattern CANONICAL = Pattern.compile("VT-\\d{6}");

    public OrderNumber {
        Objects.requireNonNull(value, "value");
        if (!CANONICAL.matcher(value).matches()) {
            throw new IllegalArgumentException("order numbers look like VT-123456: " + value);
        }
    }

    /** From the digits of a match ("482913"). */
    static OrderNumber ofDigits(String digits) {
        return new OrderNumber("VT-" + digits.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
