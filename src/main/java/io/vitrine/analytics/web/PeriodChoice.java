package io.vitrine.analytics.web;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.analytics.Period;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The period picker of the dashboard pages: 7, 30 or 90 days up to today, or custom dates. Kept by the view beans
 * between ajax requests.
 */
public class PeriodChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private String range = "30";
    private LocalDate from;
    private LocalDate to;

    /** The chosen period; a custom one missing a date or running backwards is refused with the reason. */
    public Period period() {
        if ("custom".equals(range)) {
            if (from == null || to == null) {
                throw new InvalidInputException("analytics.period.missing");
            }
            if (to.isBefore(from)) {
                throw new InvalidInputException("analytics.period.backwards");
            }
            if (to.toEpochDay() - from.toEpochDay() + 1 > Period.MAX_DAYS) {
                throw new InvalidInputException("analytics.period.tooLong");
            }
            return new Period(from, to);
        }
        int days = switch (range == null ? "30" : range) {
            case "7" -> 7;
            case "90" -> 90;
            default -> 30;
        };
        return Period.lastDays(days, Period.today());
    }

    /** A bookmarkable custom period ({@code ?from=2026-11-01&to=2026-11-30}); a malformed date is ignored. */
    public void fromParameters(String fromText, String toText) {
        try {
            if (fromText != null && toText != null) {
                from = LocalDate.parse(fromText);
                to = LocalDate.parse(toText);
                range = "custom";
            }
        } catch (java.time.format.DateTimeParseException ignored) {
            // the picker keeps its default period
        }
    }

    /** Custom dates chosen but not both given yet: nothing to show, and nothing wrong either. */
    public boolean incomplete() {
        return isCustom() && (from == null || to == null);
    }

    public boolean isCustom() {
        return "custom".equals(range);
    }

    public String getRange() {
        return range;
    }

    public void setRange(String range) {
        this.range = range;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
