package io.vitrine.vision;

import java.util.Collection;

/** Named ways to build a {@link VisualIndex}. */
public final class VisualIndexes {

    /**
     * Up to this many photos a brute-force scan is exact and as fast as walking a graph (10,000 x 128-d: 0.7 ms
     * p50 on the shared 2-core machine, HNSW over 100,000: 0.8-1 ms); 100,000 photos take 15 ms exactly.
     */
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
