package io.vitrine.vision;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddingCacheTest {

    @TempDir
    Path dir;

    private static Map<String, float[]> two() {
        Map<String, float[]> m = new LinkedHashMap<>();
        m.put("aa", new float[] {0.6f, 0.8f});
        m.put("bb", new float[] {-1f, 0f});
        return m;
    }

    @Test
    void readsBackWhatItSavedForTheSameModel() {
        EmbeddingCache cache = new EmbeddingCache(dir.resolve("cache"));
        cache.save("model-1", 2, two());

        Map<String, float[]> back = new EmbeddingCache(dir.resolve("cache")).load("model-1", 2);

        assertEquals(2, back.size());
        assertArrayEquals(new float[] {0.6f, 0.8f}, back.get("aa"));
        assertArrayEquals(new float[] {-1f, 0f}, back.get("bb"));
    }

    @Test
    void anotherModelOrAnotherSizeFindsNothing() {
        EmbeddingCache cache = new EmbeddingCache(dir);
        cache.save("model-1", 2, two());

        assertTrue(cache.load("model-2", 2).isEmpty());
        assertTrue(cache.load("model-1", 3).isEmpty());
        assertTrue(new EmbeddingCache(dir.resolve("none")).load("model-1", 2).isEmpty());
    }

    @Test
    void aTornOrForeignFileIsIgnored() throws IOException {
        EmbeddingCache cache = new EmbeddingCache(dir);
        cache.save("model-1", 2, two());
        Path file = dir.resolve(EmbeddingCache.FILE);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 3));
        assertTrue(cache.load("model-1", 2).isEmpty(), "torn in the last embedding");

        Files.writeString(file, "not embeddings at all");
        assertTrue(cache.load("model-1", 2).isEmpty());
    }

    @Test
    void anEmbeddingOfTheWrongSizeIsNotSavedAndTheOldFileStays() {
        EmbeddingCache cache = new EmbeddingCache(dir);
        cache.save("model-1", 2, two());
        Map<String, float[]> bad = two();
        bad.put("cc", new float[] {1f});

        assertThrows(IllegalArgumentException.class, () -> cache.save("model-2", 2, bad));
        assertEquals(2, cache.load("model-1", 2).size());
    }
}
