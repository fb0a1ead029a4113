package io.vitrine.vision;

import java.util.List;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Nearest product photos by cosine similarity of their embeddings. Immutable after construction and safe for
 * concurrent searches; the catalogue side rebuilds it and swaps the reference when photos change.
 * Build one with {@link VisualIndexes}.
 */
public interface VisualIndex extends AutoCloseable {

    /**
     * The {@code n} most similar entries, best first.
     *
     * @param query       a unit-length embedding from {@link VisionModel}
     * @param subCategory when present, only entries of that sub-category
     */
    List<VisualMatch> search(float[] query, int n, Optional<String> subCategory);

    int size();

    /**
     * This index with each product of {@code products} holding exactly the photos of {@code images} that belong to
     * it (none: removed), made without rebuilding everything; this index stays as it was. Empty when the index
     * cannot change in place, and the caller builds a new one (the default: cheap for the exact index).
     */
    default Optional<VisualIndex> withProducts(Set<String> products, Collection<IndexedImage> images) {
        return Optional.empty();
    }

    /** Releases what the index holds outside the Java heap; the default holds nothing. */
    @Override
    default void close() {
    }
}
