package io.vitrine.catalog;

import io.vitrine.platform.InvalidInputException;
import java.util.Objects;
import java.util.regex.Pattern;

/** A product's id: letters, digits, '-' and '_', at most 64 characters. */
public record ProductId(String value) {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public ProductId {
        Objects.requireNonNull(value, "product id");
        if (!VALID.matcher(value).matches()) {
            throw new InvalidInputException("invalid product id: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
