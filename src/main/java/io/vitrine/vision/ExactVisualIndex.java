package io.vitrine.vision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Brute force over one contiguous float array: exact, no build time, and as fast as a graph up to about
 * ten thousand photos (see {@link VisualIndexes#EXACT_UP_TO}).
 */
final class ExactVisualIndex implements VisualIndex {

    private final String[] productIds;
    private final String[] subCategories;
    private final float[] vectors;
    private final int dimension;

    ExactVisualIndex(Collection<IndexedImage> images) {
        int n = images.size();
        this.dimension = images.isEmpty() ? 0 : images.iterator().next().vector().length;
        this.productIds = new String[n];
        this.subCategories = new String[n];
        this.vectors = new float[n * dimension];
        int i = 0;
        for (IndexedImage image : images) {
            if (image.vector().length != dimension) {
                throw new IllegalArgumentException("embeddings of different lengths: " + dimension + " and " + image.vector().length);
            }
            productIds[i] = image.productId();
            subCategories[i] = image.subCategory();
            System.arraycopy(image.vector(), 0, vectors, i * dimension, dimension);
            i++;
        }
    }

    @Override
    public List<VisualMatch> search(float[] query, int n, Optional<String> subCategory) {
        if (n <= 0 || productIds.length == 0) {
            return List.of();
        }
        if (query.length != dimension) {
            throw new IllegalArgumentException("query of length " + query.length + ", index has " + dimension);
        }
        String only = subCategory.orElse(null);
        // min-heap of (score, index): the root is the weakest of the best n so far
        PriorityQueue<long[]> heap = new PriorityQueue<>(n + 1, Comparator.comparingDouble(e -> Double.longBitsToDouble(e[0])));
        for (int i = 0; i < productIds.length; i++) {
            if (only != null && !only.equals(subCategories[i])) {
                continue;
            }
            double score = dot(query, i * dimension);
            if (heap.size() < n) {
                heap.add(new long[] {Double.doubleToLongBits(score), i});
            } else if (score > Double.longBitsToDouble(heap.peek()[0])) {
                heap.poll();
                heap.add(new long[] {Double.doubleToLongBits(score), i});
            }
        }
        List<VisualMatch> out = new ArrayList<>(heap.size());
        while (!heap.isEmpty()) {
            long[] e = heap.poll();
            int i = (int) e[1];
            out.add(new VisualMatch(productIds[i], subCategories[i], Double.longBitsToDouble(e[0])));
        }
        Collections.reverse(out);
        return List.copyOf(out);
    }

    private double dot(float[] query, int offset) {
        float s = 0;
        for (int d = 0; d < dimension; d++) {
            s += query[d] * vectors[offset + d];
        }
        return s;
    }

    @Override
    public int size() {
        return productIds.length;
    }
}
