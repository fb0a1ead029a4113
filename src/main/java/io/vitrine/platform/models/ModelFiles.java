package io.vitrine.platform.models;

import io.vitrine.platform.DurableFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * kept. Reading goes through the kind's {@link ModelFormat}, and a file that cannot be read is reported empty. In a
 * cluster each saved file is also stored in the shared {@link ModelBlobs}, and a version this node has no file of is
 * fetched from there into the local folder, which is then a cache.
 */
public final class ModelFiles<M> {

    static final int KEEP = 3;
    private static final Logger LOG = Logger.getLogger(ModelFiles.class.getName());

    private final Path folder;
    private final ModelStorage<M> storage;
    private final Pattern name;
    private final ModelBlobs shared;

    public ModelFiles(Path modelsFolder, ModelStorage<M> storage) {
        this(modelsFolder, storage, ModelBlobs.NONE);
    }

    public ModelFiles(Path modelsFolder, ModelStorage<M> storage, ModelBlobs shared) {
        this.folder = modelsFolder.resolve(storage.folder());
        this.storage = storage;
        this.name = Pattern.compile(Pattern.quote(storage.prefix()) + "(\\d+)" + Pattern.quote(storage.suffix()));
        this.shared = shared;
    }

    public Path file(long version) {
        return folder.resolve(fileName(version));
    }

    private String fileName(long version) {
        return storage.prefix() + version + storage.suffix();
    }

    /** The name of a version in the shared store: {@code <folder>/<file name>}. */
    private String sharedName(long version) {
        return storage.folder() + "/" + fileName(version);
    }

    /** Writes the model as {@code version}, then removes all but the newest {@value #KEEP} versions. */
    public Path save(M model, long version) throws IOException {
        Files.createDirectories(folder);
        Path target = file(version);
        Path temp = Files.createTempFile(folder, storage.prefix(), ".part");
        try {
            storage.format().write(model, temp);
            DurableFiles.install(temp, target); // on disk before the version is announced or shared
        } finally {
            Files.deleteIfExists(temp);
        }
        shared.put(sharedName(version), target);
        List<Long> versions = versions();
        for (long old : versions.subList(Math.min(KEEP, versions.size()), versions.size())) {
            Files.deleteIfExists(file(old));
        }
        List<Long> stored = newestFirst(shared.names(storage.folder() + "/" + storage.prefix()).stream()
                .map(n -> n.substring(n.lastIndexOf('/') + 1)));
        for (long old : stored.subList(Math.min(KEEP, stored.size()), stored.size())) {
            shared.delete(sharedName(old));
        }
        return target;
    }

    /** The saved versions, newest first. */
    public List<Long> versions() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return newestFirst(files.map(p -> p.getFileName().toString()));
        }
    }

    private List<Long> newestFirst(Stream<String> fileNames) {
        return fileNames.map(name::matcher).filter(Matcher::matches).map(m -> Long.parseLong(m.group(1)))
                .sorted(Comparator.reverseOrder()).toList();
    }

    /** The model saved as {@code version}, or empty when there is none or it cannot be read (old, truncated, foreign). */
    public Optional<M> load(long version) {
        Path path = file(version);
        if (!Files.isRegularFile(path) && !fetched(version)) {
            return Optional.empty();
        }
        try {
            return Optional.of(storage.format().read(path, version));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, path + " cannot be read: " + e.getMessage(), e);
            return Optional.empty();
        }
    }

    /** Copies the version from the shared store into the local folder; false when it is not there. */
    private boolean fetched(long version) {
        try {
            return shared.get(sharedName(version), file(version));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, sharedName(version) + " cannot be fetched from the shared model store: " + e.getMessage(), e);
            return false;
        }
    }

    public void delete(long version) {
        try {
            Files.deleteIfExists(file(version));
            shared.delete(sharedName(version));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot delete " + file(version), e);
        }
    }
}
