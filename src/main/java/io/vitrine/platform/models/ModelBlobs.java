package io.vitrine.platform.models;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where saved model files are kept for every node ({@link GridFsModelBlobs}); the local folder is then only a cache.
 * {@link #NONE} keeps nothing: one node reads its own folder.
 */
public interface ModelBlobs {

    /** Stores {@code file} under {@code name}, replacing what was stored under it. */
    void put(String name, Path file) throws IOException;

    /** Copies what is stored under {@code name} to {@code target}; false when nothing is. */
    boolean get(String name, Path target) throws IOException;

    /** The stored names that start with {@code prefix}. */
    List<String> names(String prefix);

    void delete(String name);

    ModelBlobs NONE = new ModelBlobs() {
        @Override
        public void put(String name, Path file) {
            // the local folder is the only copy
        }

        @Override
        public boolean get(String name, Path target) {
            return false;
        }

        @Override
        public List<String> names(String prefix) {
            return List.of();
        }

        @Override
        public void delete(String name) {
            // nothing stored
        }
    };
}
