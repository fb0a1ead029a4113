package io.vitrine.chat.answers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When an item in stock arrives: it leaves the seller within {@code dispatchDays} business days, then travels
 * {@code homeMin}-{@code homeMax} business days from a seller in {@code homeCountry}, {@code abroadMin}-{@code abroadMax}
 * from elsewhere (MicroProfile Config {@code vitrine.chat.delivery.*}; the defaults match the shipping FAQ).
 * An item out of stock has no estimate.
 */
public record DeliveryPolicy(String homeCountry, int dispatchDays, int homeMin, int homeMax, int abroadMin, int abroadMax) {

    public DeliveryPolicy {
        if (dispatchDays < 0 || homeMin < 1 || homeMax < homeMin || abroadMin < 1 || abroadMax < abroadMin) {
            throw new IllegalArgumentException("invalid delivery days");
        }
    }

    public static DeliveryPolicy standard() {
        return new DeliveryPolicy("FR", 1, 2, 3, 3, 6);
    }

    /** Earliest and latest delivery dates. */
    public record Window(LocalDate from, LocalDate to) {
    }

    public Optional<Window> estimate(int stock, String sellerCountry, LocalDate today) {
        if (stock <= 0) {
            return Optional.empty();
        }
        boolean home = sellerCountry == null || sellerCountry.equalsIgnoreCase(homeCountry);
        int min = dispatchDays + (home ? homeMin : abroadMin);
        int max = dispatchDays + (home ? homeMax : abroadMax);
        return Optional.of(new Window(addBusinessDays(today, min), addBusinessDays(today, max)));
    }

    static LocalDate addBusinessDays(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }
}
