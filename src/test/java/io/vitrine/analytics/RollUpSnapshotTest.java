package io.vitrine.analytics;

import io.vitrine.platform.EmbeddedMongoForTests;
import io.vitrine.platform.startup.EventCheckpoint;
import io.vitrine.platform.startup.Snapshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A saved roll-up plus the events since gives the cube of one read of every event: on the hand-computed two-seller
 * day of {@link Fixture}, saved at minute 15 (so minutes 5 to 15 are the overlap read again) and read on to the end.
 */
class RollUpSnapshotTest {

    final EmbeddedMongoForTests mongo = new EmbeddedMongoForTests();

    @AfterEach
    void close() {
        mongo.close();
    }

    static SalesCube cube() {
        SalesCube cube = new SalesCube();
        List.of(Fixture.A1, Fixture.A2, Fixture.B1).forEach(cube::product);
        return cube;
    }

    @Test
    void aSavedRollUpAndTheEventsSinceGiveTheCubeOfAFullRead() throws IOException {
        Fixture.store(mongo.database());
        long minute15 = Fixture.at(15).toEpochMilli();
        long endOfDay = Fixture.T + SalesCube.DAY_MS;

        SalesCube first = cube();
        EventCheckpoint.Reading upTo15 = EventCheckpoint.NONE.reading(minute15);
        new RollupReader(mongo.database()).read(first, upTo15);
        EventCheckpoint saved = upTo15.done(minute15, 12);
        // the overlap is minutes 5 to 15: u1's purchase (5), u2's search (10), view from it (11) and cart addition (12)
        assertEquals(4, saved.recent().size());
        assertEquals(Fixture.at(5).toEpochMilli(), saved.resumeFrom());

        RollUpSnapshot back = roundTrip(new RollUpSnapshot(first, saved));
        SalesCube resumed = back.cube();
        List.of(Fixture.A1, Fixture.A2, Fixture.B1).forEach(resumed::product); // the roll-up announces the catalogue
        RollupReader.Report since = new RollupReader(mongo.database()).read(resumed, back.checkpoint().reading(endOfDay));

        // from minute 5 on: the 4 of the overlap skipped; u3's 2 views, rating and 2 purchases counted, u4's search kept
        assertEquals(5, since.counted());
        assertEquals(1, since.sequenceEvents());
        assertEquals(0, since.skipped());
        ReportsTest.assertFixtureFigures(resumed);

        SalesCube full = cube();
        new RollupReader(mongo.database()).read(full, java.time.Instant.ofEpochMilli(endOfDay));
        assertArrayEquals(bytes(full), bytes(resumed), "the same counters, memories and orders as one full read");
    }

    @Test
    void theSavedFormReadsBackTheSameCube() throws IOException {
        SalesCube live = Fixture.live();
        RollUpSnapshot back = roundTrip(new RollUpSnapshot(live, EventCheckpoint.NONE));
        List.of(Fixture.A1, Fixture.A2, Fixture.B1).forEach(back.cube()::product);
        ReportsTest.assertFixtureFigures(back.cube());
        assertArrayEquals(bytes(live), bytes(back.cube()));
        assertEquals(2, back.cube().orderCount());
    }

    @Test
    void aSnapshotOfAnotherFormatIsNotRead() throws IOException {
        Snapshots snapshots = new Snapshots(mongo.database());
        snapshots.save(RollUpSnapshot.NAME, RollUpSnapshot.FORMAT + 1, out -> out.writeUTF("a cube of another shape"));
        assertEquals(Optional.empty(), snapshots.load(RollUpSnapshot.NAME, RollUpSnapshot.FORMAT, RollUpSnapshot::read));

        snapshots.save(RollUpSnapshot.NAME, RollUpSnapshot.FORMAT, new RollUpSnapshot(Fixture.live(), EventCheckpoint.NONE)::write);
        assertTrue(snapshots.load(RollUpSnapshot.NAME, RollUpSnapshot.FORMAT, RollUpSnapshot::read).isPresent());
    }

    static RollUpSnapshot roundTrip(RollUpSnapshot snapshot) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            snapshot.write(out);
        }
        return RollUpSnapshot.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    static byte[] bytes(SalesCube cube) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            RollUpSnapshot.writeCube(cube, out);
        }
        return bytes.toByteArray();
    }
}
