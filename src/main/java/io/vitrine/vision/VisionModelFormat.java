package io.vitrine.vision;

import io.vitrine.platform.models.ModelFormat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A photo model as DL4J's zip (network configuration as JSON, parameters as an ND4J array) plus the class list.
 * Reading first checks that the zip holds exactly those entries: DL4J's restore also looks for optional entries (a
 * preprocessor, a normalizer, updater state) that it may read with Java deserialization, and a crafted file must
 * never reach that path.
 */
final class VisionModelFormat implements ModelFormat<VisionModel> {

    /** What {@link VisionModel#save} writes; anything else is refused unread. */
    private static final Set<String> ENTRIES = Set.of("configuration.json", "coefficients.bin", "objects/vitrine-vision.properties");
    /** A zip claiming more than this (uncompressed) is refused: the shop's models are a few MB. */
    private static final long MAX_BYTES = 512L * 1024 * 1024;

    @Override
    public void write(VisionModel model, Path file) {
        model.save(file);
    }

    @Override
    public VisionModel read(Path file, long version) throws IOException {
        check(file);
        return VisionModel.load(file);
    }

    static void check(Path file) throws IOException {
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!ENTRIES.contains(e.getName())) {
                    throw new IOException(file + " holds " + e.getName() + ", which a photo model never does: refused");
                }
                total += Math.max(0, e.getSize());
            }
            if (zip.getEntry("configuration.json") == null || zip.getEntry("coefficients.bin") == null) {
                throw new IOException(file + " is not a complete photo model");
            }
        }
        if (total > MAX_BYTES) {
            throw new IOException(file + " is too large for a photo model");
        }
    }
}
