package io.vitrine.platform.models;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/** When the timer looks at a model kind: daily at a time (server zone), every few minutes, or never. */
public sealed interface ModelSchedule {

    record Daily(int hour, int minute) implements ModelSchedule {
    }

    record Every(long minutes) implements ModelSchedule {
    }

    record Off() implements ModelSchedule {
    }

    static ModelSchedule daily(int hour, int minute) {
        return new Daily(hour, minute);
    }

    /** Every {@code minutes}; 0 or less is off. */
    static ModelSchedule every(long minutes) {
        return minutes > 0 ? new Every(minutes) : off();
    }

    static ModelSchedule off() {
        return new Off();
    }

    /** The next fixed time a training starts (only daily schedules have one; the others depend on the data). */
    default Optional<Instant> next(Clock clock) {
        return this instanceof Daily d ? Optional.of(nextDaily(d.hour(), d.minute(), clock)) : Optional.empty();
    }

    /** The next time of day {@code hour:minute} in the clock's zone, strictly after now. */
    static Instant nextDaily(int hour, int minute, Clock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime next = now.withHour(hour).withMinute(minute).withSecond(0).withNano(0);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return next.toInstant();
    }
}
