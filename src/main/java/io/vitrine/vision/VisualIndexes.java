package io.vitrine.vision;

import java.util.Collection;

/** Named ways to build a {@link VisualIndex}. */
public final class VisualIndexes {

    /** Below this many photos a brute-force scan beats walking a graph, and it is exact. */
    public static final int EXACT_UP_TO = 10_000;

    private VisualIndexes() {
    }

    public static VisualIndex exact(Collection<IndexedImage> images) {
        return new ExactVisualIndex(images);
    }

    public static VisualIndex hnsw(Collection<IndexedImage> images) {
        return new HnswVisualIndex(images);
    }

    /** Exact for small catalogues, HNSW from {@link #EXACT_UP_TO} photos on. */
    public static VisualIndex forSize(Collection<IndexedImage> images) {
        return images.size() <= EXACT_UP_TO ? exact(images) : hnsw(images);
    }
}
