package io.vitrine.analytics;

import io.vitrine.platform.InvalidInputException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A span of whole days, both ends included, in UTC (the day boundaries of every figure). Dashboards compare a period
 * with the one of the same length just before it.
 */
public record Period(LocalDate from, LocalDate to) {

    /** The longest period a dashboard reads: two years of daily figures. */
    public static final int MAX_DAYS = 731;

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidInputException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidInputException("a period is at most " + MAX_DAYS + " days long");
        }
    }

    /** The last {@code days} days up to and including {@code today}. */
    public static Period lastDays(int days, LocalDate today) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("days must be 1 to " + MAX_DAYS);
        }
        return new Period(today.minusDays(days - 1L), today);
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public int days() {
        return (int) (ChronoUnit.DAYS.between(from, to) + 1);
    }

    /** The period of the same length that ends the day before this one starts. */
    public Period previous() {
        return new Period(from.minusDays(days()), from.minusDays(1));
    }

    public long firstEpochDay() {
        return from.toEpochDay();
    }

    public long lastEpochDay() {
        return to.toEpochDay();
    }

    public boolean contains(long epochDay) {
        return epochDay >= firstEpochDay() && epochDay <= lastEpochDay();
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
