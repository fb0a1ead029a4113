package io.vitrine.recommend;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The live {@link ShopModel}s on disk, one gzipped Java-serialized file per version ({@code shop-blend-<v>.ser.gz}),
 * so that a restart serves the last live model at once instead of retraining first. Files are written under a
 * temporary name and moved into place, so a crash never leaves half a model under a version's name; the newest
 * {@value #KEEP} are kept. Reading accepts only the model's own classes and the JDK types they hold (an
 * {@link ObjectInputFilter} allow-list): a foreign or corrupt file is refused, never executed.
 */
public final class ShopModelFiles {

    static final int KEEP = 3;
    private static final Logger LOG = Logger.getLogger(ShopModelFiles.class.getName());
    private static final Pattern NAME = Pattern.compile("shop-blend-(\\d+)\\.ser\\.gz");
    /** The model's classes, the collections (their Object[] included), boxes and time types inside them, primitive arrays; nothing else. */
    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;io.vitrine.recommend.*;java.util.*;java.time.*;java.lang.String;java.lang.Enum;"
                    + "java.lang.Object;java.lang.Number;java.lang.Integer;java.lang.Long;java.lang.Float;java.lang.Double;java.lang.Record;!*");

    private final Path folder;

    public ShopModelFiles(Path folder) {
        this.folder = folder;
    }

    public Path file(long version) {
        return folder.resolve("shop-blend-" + version + ".ser.gz");
    }

    /** Writes the model under its version, then removes all but the newest {@value #KEEP} versions. */
    public Path save(ShopModel model) throws IOException {
        Files.createDirectories(folder);
        Path target = file(model.version());
        Path temp = Files.createTempFile(folder, "shop-blend-", ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(temp), 1 << 16));
                 ObjectOutputStream objects = new ObjectOutputStream(out)) {
                objects.writeObject(model);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        List<Long> versions = versions();
        for (long old : versions.subList(Math.min(KEEP, versions.size()), versions.size())) {
            Files.deleteIfExists(file(old));
        }
        return target;
    }

    /** The saved versions, newest first. */
    public List<Long> versions() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> NAME.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Long.parseLong(m.group(1))).sorted(Comparator.reverseOrder()).toList();
        }
    }

    /**
     * The model saved under this version, or empty when there is none or it cannot be read (written by an older
     * Vitrine whose classes changed, truncated, or not a model): the caller then trains a new one.
     */
    public Optional<ShopModel> load(long version) {
        Path path = file(version);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(path), 1 << 16));
             ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(info -> {
                ObjectInputFilter.Status status = ALLOWED.checkInput(info);
                if (status == ObjectInputFilter.Status.REJECTED) {
                    LOG.warning(() -> path + " holds " + info.serialClass() + ", which a model never does: refused");
                }
                return status;
            });
            Object read = objects.readObject();
            if (read instanceof ShopModel model && model.version() == version) {
                return Optional.of(model);
            }
            LOG.warning(() -> path + " does not hold model version " + version + "; it will be retrained");
        } catch (InvalidClassException e) {
            LOG.warning(() -> path + " was written by another version of Vitrine (" + e.getMessage() + "); it will be retrained");
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.log(Level.WARNING, path + " cannot be read; the model will be retrained", e);
        }
        return Optional.empty();
    }
}
