package io.vitrine.platform.models;

import io.vitrine.platform.EmbeddedMongoForTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Model files in GridFS on the embedded server (plain collections: it holds them as a replica set does). */
class GridFsModelBlobsTest {

    final EmbeddedMongoForTests mongo = new EmbeddedMongoForTests();
    final GridFsModelBlobs blobs = new GridFsModelBlobs(mongo.database());
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void storesAFileOfManyChunksAndGivesItBackWhole() throws IOException {
        byte[] bytes = new byte[700_000];
        new Random(7).nextBytes(bytes);
        Path file = Files.write(dir.resolve("m.bin"), bytes);

        blobs.put("kind/m-1.bin", file);
        Path back = dir.resolve("cache/kind/m-1.bin");
        assertTrue(blobs.get("kind/m-1.bin", back));

        assertArrayEquals(bytes, Files.readAllBytes(back));
        assertFalse(blobs.get("kind/m-2.bin", dir.resolve("cache/kind/m-2.bin")), "never stored");
        assertFalse(Files.exists(dir.resolve("cache/kind/m-2.bin")));
    }

    @Test
    void aNameKeepsItsNewestUploadAndDeletesAll() throws IOException {
        blobs.put("kind/m-1.bin", Files.writeString(dir.resolve("a"), "first"));
        blobs.put("kind/m-1.bin", Files.writeString(dir.resolve("b"), "second"));
        blobs.put("other/m-1.bin", Files.writeString(dir.resolve("c"), "other"));

        assertTrue(blobs.get("kind/m-1.bin", dir.resolve("back")));
        assertEquals("second", Files.readString(dir.resolve("back")));
        assertEquals(1, mongo.database().getCollection(GridFsModelBlobs.BUCKET + ".files").countDocuments(
                com.mongodb.client.model.Filters.eq("filename", "kind/m-1.bin")), "the first upload is gone");
        assertEquals(List.of("kind/m-1.bin"), blobs.names("kind/"));

        blobs.delete("kind/m-1.bin");
        assertEquals(List.of(), blobs.names("kind/"));
        assertEquals(List.of("other/m-1.bin"), blobs.names("other/m-"));
    }

    @Test
    void savedVersionsGoToTheStoreWhichKeepsTheNewestThreeAndFillsAnEmptyCache() throws IOException {
        ModelFiles<String> node1 = new ModelFiles<>(dir.resolve("node1"), storage(), blobs);
        for (long v = 1; v <= 4; v++) {
            node1.save("model " + v, v);
        }
        assertEquals(List.of("toy/toy-2.txt", "toy/toy-3.txt", "toy/toy-4.txt"), blobs.names("toy/"));

        ModelFiles<String> node2 = new ModelFiles<>(dir.resolve("node2"), storage(), blobs);
        assertEquals(List.of(), node2.versions(), "nothing on node 2's disk");
        assertEquals(Optional.of("model 4"), node2.load(4));
        assertEquals(List.of(4L), node2.versions(), "the fetched file is cached on node 2's disk");
        assertEquals(Optional.empty(), node2.load(1), "pruned everywhere");
    }

    private static ModelStorage<String> storage() {
        return new ModelStorage<>("toy", "toy-", ".txt", ModelLifecycleTest.TEXT);
    }
}
