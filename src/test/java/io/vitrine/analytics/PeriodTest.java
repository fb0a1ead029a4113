package io.vitrine.analytics;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodTest {

    @Test
    void lastDaysAndPreviousPeriod() {
        Period p = Period.lastDays(7, LocalDate.of(2026, 11, 29));
        assertEquals(new Period(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)), p);
        assertEquals(new Period(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)), p.previous());
        assertEquals(7, p.days());
        assertTrue(p.contains(LocalDate.of(2026, 11, 23).toEpochDay()));
    }

    @Test
    void refusesBackwardsAndOverlongPeriods() {
        assertThrows(IllegalArgumentException.class, () -> new Period(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 1)));
        assertThrows(IllegalArgumentException.class, () -> new Period(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> Period.lastDays(0, LocalDate.of(2026, 1, 1)));
    }
}
