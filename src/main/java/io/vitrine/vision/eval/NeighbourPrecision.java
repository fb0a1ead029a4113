package io.vitrine.vision.eval;

import io.vitrine.vision.VisualMatch;

import java.util.List;

/** Precision@k of a neighbour list: the share of the first {@code k} matches with the query's sub-category. */
public final class NeighbourPrecision {

    private final int k;
    private double sum;
    private int queries;

    public NeighbourPrecision(int k) {
        if (k <= 0) {
            throw new IllegalArgumentException("k must be positive");
        }
        this.k = k;
    }

    public static double of(String subCategory, List<VisualMatch> matches, int k) {
        long same = matches.stream().limit(k).filter(m -> m.subCategory().equals(subCategory)).count();
        return (double) same / k;
    }

    public void add(String subCategory, List<VisualMatch> matches) {
        sum += of(subCategory, matches, k);
        queries++;
    }

    public double mean() {
        return queries == 0 ? 0 : sum / queries;
    }
}
