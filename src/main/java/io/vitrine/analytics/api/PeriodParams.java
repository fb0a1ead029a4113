package io.vitrine.analytics.api;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.analytics.Period;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which seller and which days: {@code days} back from today (default 30), or {@code from} and {@code to} (ISO dates,
 * both included). Constraints sit on the fields, where Payara's OpenAPI scanner can read them.
 */
public class PeriodParams {

    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    @QueryParam("seller")
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "not a seller id")
    String seller;
    @QueryParam("days")
    @Min(1)
    @Max(Period.MAX_DAYS)
    Integer days;
    @QueryParam("from")
    @Pattern(regexp = DATE, message = "must be a date such as 2026-11-01")
    String from;
    @QueryParam("to")
    @Pattern(regexp = DATE, message = "must be a date such as 2026-11-30")
    String to;

    Optional<String> seller() {
        return Optional.ofNullable(seller).filter(s -> !s.isBlank());
    }

    Period period() {
        if (from != null || to != null) {
            if (from == null || to == null) {
                throw new InvalidInputException("from and to go together");
            }
            if (days != null) {
                throw new InvalidInputException("give either days or from and to");
            }
            try {
                return new Period(LocalDate.parse(from), LocalDate.parse(to));
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidInputException("not a calendar date: " + e.getParsedString());
            }
        }
        return Period.lastDays(days == null ? 30 : days, Period.today());
    }
}
