package io.vitrine.experiment;

import io.vitrine.experiment.analysis.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scoreboard survives a restart: saved whole and atomically, read back with the same figures. */
class ScoreboardStoreTest {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path folder;

    static Scoreboard played() {
        Scoreboard board = new Scoreboard();
        board.exposed("anon:1", "A", T0);
        board.exposed("anon:2", "B", T0.plusSeconds(86_400));
        board.exposed("anon:3", "B", T0.plusSeconds(86_400));
        board.clicked("anon:2", "p1");
        board.carted("anon:2");
        board.purchased("anon:2", 1250);
        board.loggedIn("anon:3", "acc-7");
        board.served("A", 2_000_000, false);
        board.served("B", 4_000_000, true);
        return board;
    }

    @Test
    void roundTripKeepsEveryFigure() {
        Scoreboard before = played();
        Scoreboard after = Scoreboard.fromJson(before.toJson());
        assertEquals(3, after.visitors());
        for (Metric m : Metric.values()) {
            assertEquals(before.samples(m), after.samples(m), m.name());
            assertEquals(before.series(m), after.series(m), m.name());
        }
        // B: 2 visitors, 1 clicked -> click-through mean 0.5; revenue 12.50 and 0
        Sample b = after.samples(Metric.CLICK_THROUGH).get("B");
        assertEquals(2, b.n());
        assertEquals(0.5, b.mean(), 1e-12);
        assertEquals(6.25, after.samples(Metric.REVENUE_PER_VISITOR).get("B").mean(), 1e-12);
        assertEquals(before.serving(), after.serving());
        assertEquals(2.0, after.serving().get("A").meanMillis(), 1e-9);
        assertEquals(before.preferences(), after.preferences());
        assertEquals("anon:3", after.unitOf("acc-7"), "the log-in alias is kept");
        assertEquals(0, after.changes(), "nothing new since it was read");
    }

    @Test
    void savedAtomicallyAndReadBack() throws Exception {
        ScoreboardStore store = ScoreboardStore.in(folder);
        assertTrue(store.load("exp-3").isEmpty(), "nothing saved yet");
        Scoreboard board = played();
        store.save("exp-3", board);
        board.exposed("anon:4", "A", T0);
        store.save("exp-3", board);
        assertEquals(4, store.load("exp-3").orElseThrow().visitors(), "the newer file replaced the older");
        assertFalse(Files.exists(folder.resolve("exp-3.json.tmp")), "no temporary file left");

        // a crash while writing leaves a half temporary file beside the good one: the good one is read
        Files.writeString(folder.resolve("exp-3.json.tmp"), "{\"visitors\":[[\"anon:");
        assertEquals(4, store.load("exp-3").orElseThrow().visitors());
        // a damaged file starts from zero instead of failing the experiment
        Files.writeString(folder.resolve("exp-4.json"), "{\"visitors\":[[\"anon:");
        assertTrue(store.load("exp-4").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> store.load("../../etc/passwd"));
    }
}
