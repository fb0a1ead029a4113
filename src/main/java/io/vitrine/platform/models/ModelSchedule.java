package io.vitrine.platform.models;

import io.vitrine.platform.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When the timer looks at a model kind: daily at a time (server zone), every few minutes on the wall clock, every
 * few minutes from start-up, or never.
 */
public sealed interface ModelSchedule {

    record Daily(int hour, int minute) implements ModelSchedule {
    }

    /**
     * Every {@code minutes} on the wall clock (minutes 0, m, 2m... of each hour, second 0): the timers of every node of
     * a cluster fire at the same moment, so the claim of the tick decides which one trains. {@code minutes} divides 60.
     */
    record OnTheClock(int minutes) implements ModelSchedule {

        public OnTheClock {
            if (minutes < 1 || minutes > 60 || 60 % minutes != 0) {
                throw new InvalidInputException("a wall-clock schedule runs every 1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60 minutes: " + minutes);
            }
        }
    }

    record Every(long minutes) implements ModelSchedule {
    }

    record Off() implements ModelSchedule {
    }

    static ModelSchedule daily(int hour, int minute) {
        return new Daily(hour, minute);
    }

    /** Every {@code minutes} on the wall clock (see {@link OnTheClock}); 0 or less is off. */
    static ModelSchedule onTheClock(int minutes) {
        return minutes > 0 ? new OnTheClock(minutes) : off();
    }

    /** Every {@code minutes}; 0 or less is off. */
    static ModelSchedule every(long minutes) {
        return minutes > 0 ? new Every(minutes) : off();
    }

    static ModelSchedule off() {
        return new Off();
    }

    /** The next fixed time a training starts (daily and wall-clock schedules have one; the others depend on the data). */
    default Optional<Instant> next(Clock clock) {
        if (this instanceof Daily d) {
            return Optional.of(nextDaily(d.hour(), d.minute(), clock));
        }
        if (this instanceof OnTheClock c) {
            ZonedDateTime now = ZonedDateTime.now(clock);
            ZonedDateTime hour = now.truncatedTo(ChronoUnit.HOURS);
            long passed = ChronoUnit.MINUTES.between(hour, now);
            return Optional.of(hour.plusMinutes((passed / c.minutes() + 1) * c.minutes()).toInstant());
        }
        return Optional.empty();
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
