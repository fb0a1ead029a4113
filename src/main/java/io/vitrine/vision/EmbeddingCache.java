package io.vitrine.vision;

import io.vitrine.platform.DurableFiles;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The embeddings of the catalogue's photos under one model, kept on disk between starts so that a warm start embeds
 * only the photos it has not seen (at ten times the demo store, 24,000 photos took 277 s to embed on every start).
 * A photo is known by its content (an image id is the SHA-256 of its bytes) and a model by its
 * {@link VisionModel#fingerprint()}, so an entry is never stale: it is this photo under this model, or absent. One
 * file, the latest model's, written whole to a temporary file and moved into place; a file that does not read
 * (another model, torn, foreign) is ignored and every photo is embedded again. Plain data, no Java serialisation.
 */
final class EmbeddingCache {

    static final String FILE = "photo-embeddings.bin";
    private static final int MAGIC = 0x56454D31; // "VEM1"
    private static final int MAX_PHOTOS = 10_000_000;
    private static final Logger LOG = Logger.getLogger(EmbeddingCache.class.getName());

    private final Path file;

    EmbeddingCache(Path dir) {
        this.file = dir.resolve(FILE);
    }

    /** The embeddings saved for this model, by image id; empty when none were saved for it or the file is unreadable. */
    Map<String, float[]> load(String fingerprint, int dimension) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(fingerprint) || in.readInt() != dimension) {
                return Map.of();
            }
            int count = in.readInt();
            if (count < 0 || count > MAX_PHOTOS) {
                return Map.of();
            }
            Map<String, float[]> out = new HashMap<>(count * 4 / 3 + 1);
            for (int i = 0; i < count; i++) {
                String imageId = in.readUTF();
                float[] v = new float[dimension];
                for (int j = 0; j < dimension; j++) {
                    v[j] = in.readFloat();
                }
                out.put(imageId, v);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "photo embeddings in " + file + " not read, every photo is embedded again: " + e);
            return Map.of();
        }
    }

    /** Replaces the file with these embeddings of {@code fingerprint}'s model (each of {@code dimension} floats). */
    void save(String fingerprint, int dimension, Map<String, float[]> embeddings) {
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeUTF(fingerprint);
                out.writeInt(dimension);
                out.writeInt(embeddings.size());
                for (Map.Entry<String, float[]> e : embeddings.entrySet()) {
                    if (e.getValue().length != dimension) {
                        throw new IllegalArgumentException("embedding of " + e.getKey() + " has " + e.getValue().length
                                + " values, not " + dimension);
                    }
                    out.writeUTF(e.getKey());
                    for (float x : e.getValue()) {
                        out.writeFloat(x);
                    }
                }
            }
            DurableFiles.install(tmp, file); // on disk before its name: a power cut leaves the old file or the new one
        } catch (IOException e) {
            throw new UncheckedIOException("photo embeddings not saved to " + file, e);
        }
    }
}
