package io.vitrine.platform.startup;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Times in minutes (x 60,000 ms); the overlap is 10 minutes. */
class EventCheckpointTest {

    static final long M = 60_000;

    @Test
    void aFullReadKeepsTheIdsOfItsOverlapOnly() {
        EventCheckpoint.Reading full = EventCheckpoint.NONE.reading(100 * M);
        assertTrue(full.full());
        assertEquals(Long.MIN_VALUE, full.since());
        assertTrue(full.fresh("a", 50 * M));
        assertTrue(full.fresh("b", 90 * M));   // the overlap is minutes 90 to 100
        assertTrue(full.fresh("c", 99 * M));

        EventCheckpoint done = full.done(1_000, 3);
        assertEquals(Map.of("b", 90 * M, "c", 99 * M), done.recent());
        assertEquals(100 * M, done.cutoff());
        assertEquals(90 * M, done.resumeFrom());
        assertEquals(1_000, done.fullReadAt());
        assertEquals(3, done.storedEvents());
    }

    @Test
    void aReadFromACheckpointSkipsWhatItCountedAndKeepsItsNewOverlap() {
        EventCheckpoint at100 = new EventCheckpoint(100 * M, Map.of("b", 90 * M, "c", 99 * M), 1_000, 3);
        EventCheckpoint.Reading next = at100.reading(200 * M);
        assertFalse(next.full());
        assertEquals(90 * M, next.since());
        assertFalse(next.fresh("b", 90 * M), "counted already");
        assertTrue(next.fresh("d", 95 * M), "stored after the last read passed: counted now");
        assertFalse(next.fresh("c", 99 * M));
        assertTrue(next.fresh("e", 195 * M));
        // every id of the window is known to the caller (late events it heard are told apart)
        assertTrue(next.met("d"));
        assertTrue(next.met("b"));
        assertFalse(next.met("x"));

        EventCheckpoint done = next.done(5_000, 9);
        assertEquals(Map.of("e", 195 * M), done.recent(), "minutes 190 to 200 only");
        assertEquals(1_000, done.fullReadAt(), "still the full read of before");
        assertEquals(9, done.storedEvents(), "as this read began");
    }

    @Test
    void aFullReadMeetsOnlyTheOlderEventsItWasToldToWatch() {
        EventCheckpoint.Reading full = EventCheckpoint.NONE.reading(100 * M);
        full.watch("late");
        full.fresh("late", 10 * M);
        full.fresh("other", 10 * M);
        assertTrue(full.met("late"));
        assertFalse(full.met("other"));
        assertEquals(Map.of(), full.done(0, 0).recent());
    }

    @Test
    void replacedEventsALongWindowAndAnOldFullReadAreToldApart() {
        EventCheckpoint c = new EventCheckpoint(100 * M, Map.of(), 0, 10);
        assertTrue(c.unfit(9, 100), "fewer stored than when it read: replaced");
        assertFalse(c.unfit(10, 100));
        assertFalse(c.unfit(110, 100));
        assertTrue(c.unfit(111, 100), "101 stored since: more than one window query should hold");
        assertFalse(c.olderThan(Duration.ofDays(7), Instant.ofEpochMilli(Duration.ofDays(7).toMillis())));
        assertTrue(c.olderThan(Duration.ofDays(7), Instant.ofEpochMilli(Duration.ofDays(7).toMillis() + 1)));
        assertTrue(EventCheckpoint.NONE.olderThan(Duration.ofDays(7), Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> c.reading(99 * M), "a read goes forward");
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        EventCheckpoint c = new EventCheckpoint(100 * M, Map.of("b", 90 * M, "ü-\u0000", 95 * M), 7, 11);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        c.write(new DataOutputStream(bytes));
        assertEquals(c, EventCheckpoint.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
    }
}
