package io.vitrine.catalog;

import io.vitrine.platform.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An amount in minor units (cents) of an ISO 4217 currency; money is never a double. */
public record Money(long cents, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        Currency.getInstance(currency);
        if (cents < 0) {
            throw new InvalidInputException("negative amount");
        }
    }

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact(), currency);
    }

    public static Money euros(long cents) {
        return new Money(cents, "EUR");
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(cents, 2);
    }

    public Money times(int quantity) {
        return new Money(Math.multiplyExact(cents, quantity), currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new InvalidInputException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(Math.addExact(cents, other.cents), currency);
    }

    @Override
    public String toString() {
        return amount().toPlainString() + " " + currency;
    }
}
