package io.vitrine.platform.startup;

import io.vitrine.platform.EmbeddedMongoForTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Snapshots in GridFS on the embedded server: newest wins, another format or a torn one reads as absent. */
class SnapshotsTest {

    final EmbeddedMongoForTests mongo = new EmbeddedMongoForTests();
    final Snapshots snapshots = new Snapshots(mongo.database());

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void givesBackTheNewestSnapshotOfANameAndDropsTheOlder() throws IOException {
        snapshots.save("counts", 1, out -> out.writeLong(41));
        snapshots.save("counts", 1, out -> {
            for (int i = 0; i < 200_000; i++) { // several GridFS chunks
                out.writeLong(i);
            }
        });
        snapshots.save("other", 1, out -> out.writeLong(7));

        assertEquals(Optional.of(199_999L * 200_000 / 2), snapshots.load("counts", 1, in -> {
            long sum = 0;
            for (int i = 0; i < 200_000; i++) {
                sum += in.readLong();
            }
            return sum;
        }));
        assertEquals(Optional.of(7L), snapshots.load("other", 1, java.io.DataInput::readLong));
        assertEquals(1, mongo.database().getCollection(Snapshots.BUCKET + ".files").countDocuments(
                com.mongodb.client.model.Filters.eq("filename", "counts")));
        assertEquals(Optional.empty(), snapshots.load("never", 1, java.io.DataInput::readLong));
    }

    @Test
    void anotherFormatATornOrAShortSnapshotReadsAsAbsent() throws IOException {
        snapshots.save("counts", 2, out -> out.writeLong(1));
        assertEquals(Optional.empty(), snapshots.load("counts", 1, java.io.DataInput::readLong), "another format");

        // a save that fails half-way stores nothing and keeps the one before
        assertThrows(IOException.class, () -> snapshots.save("counts", 2, out -> {
            out.writeLong(2);
            throw new IOException("disk full");
        }));
        assertEquals(Optional.of(1L), snapshots.load("counts", 2, java.io.DataInput::readLong));

        // a reader that reads less than was written: not the format it thinks
        snapshots.save("counts", 2, out -> {
            out.writeLong(1);
            out.writeLong(2);
        });
        assertEquals(Optional.empty(), snapshots.load("counts", 2, java.io.DataInput::readLong));

        snapshots.delete("counts");
        assertEquals(Optional.empty(), snapshots.load("counts", 2, java.io.DataInput::readLong));
    }
}
