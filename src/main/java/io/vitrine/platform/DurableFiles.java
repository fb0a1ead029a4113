package io.vitrine.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Small files replaced whole and durably: written under a temporary name, forced to disk, moved over the old one
 * atomically, and the folder forced so that the new name survives a power cut too. A reader sees the old content or
 * the new, never half of it.
 */
public final class DurableFiles {

    /** Writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private DurableFiles() {
    }

    /** Replaces {@code target} with what {@code content} writes (its folder is created when missing). */
    public static void replace(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(channel);
            content.writeTo(out);
            out.flush();
            channel.force(true); // the content is on disk before the name points at it
        }
        moveIntoPlace(temp, target, folder);
    }

    /**
     * Puts a file that something else wrote (a library that writes only to a path: a model serializer, a download)
     * in place of {@code target} as {@link #replace} does: forced to disk, moved over the old one atomically, the folder
     * forced. {@code written} must be in the same folder as {@code target}.
     */
    public static void install(Path written, Path target) throws IOException {
        try (FileChannel channel = FileChannel.open(written, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        moveIntoPlace(written, target, target.toAbsolutePath().getParent());
    }

    private static void moveIntoPlace(Path temp, Path target, Path folder) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncDirectory(folder); // and the rename
    }

    /**
     * Forces a folder's entries (a rename, a new file) to disk. Linux and macOS allow it; a system that refuses to
     * open a folder for it (Windows) is left to its own journal. True when forced.
     */
    public static boolean syncDirectory(Path folder) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(folder, StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException refused) {
            return false;
        }
        try (channel) {
            channel.force(true);
            return true;
        }
    }
}
