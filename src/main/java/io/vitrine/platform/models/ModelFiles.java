package io.vitrine.platform.models;

import java.io.IOException;
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

/**
 * The saved versions of one model kind, one file per version. A file is written under a temporary name and moved
 * into place atomically, so a crash never leaves half a model under a version's name; the newest {@value #KEEP} are
 * kept. Reading goes through the kind's {@link ModelFormat}, and a file that cannot be read is reported empty.
 */
public final class ModelFiles<M> {

    static final int KEEP = 3;
    private static final Logger LOG = Logger.getLogger(ModelFiles.class.getName());

    private final Path folder;
    private final ModelStorage<M> storage;
    private final Pattern name;

    public ModelFiles(Path modelsFolder, ModelStorage<M> storage) {
        this.folder = modelsFolder.resolve(storage.folder());
        this.storage = storage;
        this.name = Pattern.compile(Pattern.quote(storage.prefix()) + "(\\d+)" + Pattern.quote(storage.suffix()));
    }

    public Path file(long version) {
        return folder.resolve(storage.prefix() + version + storage.suffix());
    }

    /** Writes the model as {@code version}, then removes all but the newest {@value #KEEP} versions. */
    public Path save(M model, long version) throws IOException {
        Files.createDirectories(folder);
        Path target = file(version);
        Path temp = Files.createTempFile(folder, storage.prefix(), ".part");
        try {
            storage.format().write(model, temp);
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
            return files.map(p -> name.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Long.parseLong(m.group(1))).sorted(Comparator.reverseOrder()).toList();
        }
    }

    /** The model saved as {@code version}, or empty when there is none or it cannot be read (old, truncated, foreign). */
    public Optional<M> load(long version) {
        Path path = file(version);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(storage.format().read(path, version));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, path + " cannot be read: " + e.getMessage(), e);
            return Optional.empty();
        }
    }

    public void delete(long version) {
        try {
            Files.deleteIfExists(file(version));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete " + file(version), e);
        }
    }
}
