package io.vitrine.platform.models;

import io.vitrine.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ModelScheduleTest {

    static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void onTheClockFiresAtTheNextMultipleOfItsMinutesWithinTheHour() {
        ModelSchedule quarter = ModelSchedule.onTheClock(15);
        assertEquals(Optional.of(Instant.parse("2026-12-07T05:30:00Z")), quarter.next(at("2026-12-07T05:17:42Z")));
        assertEquals(Optional.of(Instant.parse("2026-12-07T05:45:00Z")), quarter.next(at("2026-12-07T05:30:00Z")), "strictly after now");
        assertEquals(Optional.of(Instant.parse("2026-12-07T06:00:00Z")), quarter.next(at("2026-12-07T05:59:59Z")));
        assertEquals(Optional.of(Instant.parse("2026-12-07T05:18:00Z")), ModelSchedule.onTheClock(1).next(at("2026-12-07T05:17:00.001Z")));
        assertEquals(Optional.of(Instant.parse("2026-12-07T06:00:00Z")), ModelSchedule.onTheClock(60).next(at("2026-12-07T05:00:00Z")));
    }

    @Test
    void onTheClockTakesOnlyDivisorsOfAnHourAndZeroIsOff() {
        assertEquals(new ModelSchedule.Off(), ModelSchedule.onTheClock(0));
        assertThrows(InvalidInputException.class, () -> ModelSchedule.onTheClock(7), "7 would fire at :56 then :00");
        assertThrows(InvalidInputException.class, () -> ModelSchedule.onTheClock(90));
    }

    @Test
    void aTicksClaimStandsForHalfTheTimeBetweenTicks() {
        assertEquals(Duration.ofSeconds(30), ModelLifecycle.claimPeriod(ModelSchedule.onTheClock(1)));
        assertEquals(Duration.ofMinutes(5), ModelLifecycle.claimPeriod(ModelSchedule.onTheClock(10)));
        assertEquals(Duration.ofHours(12), ModelLifecycle.claimPeriod(ModelSchedule.daily(3, 30)));
        assertEquals(Duration.ofMinutes(15), ModelLifecycle.claimPeriod(ModelSchedule.every(30)));
    }
}
