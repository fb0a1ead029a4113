package io.vitrine.recommend.train;

import java.util.Arrays;

/** Keeps the best {@code keep} entries of a dense similarity row, for the neighbour-list models. */
final class Neighbours {

    final int[][] index;
    final float[][] value;

    Neighbours(int n) {
        index = new int[n][];
        value = new float[n][];
    }

    void set(int row, float[] similarities, int keep) {
        int[] top = io.vitrine.recommend.TopN.select(positiveOnly(similarities), keep, j -> j != row);
        index[row] = top;
        value[row] = new float[top.length];
        for (int t = 0; t < top.length; t++) {
            value[row][t] = similarities[top[t]];
        }
    }

    private static float[] positiveOnly(float[] s) {
        float[] out = Arrays.copyOf(s, s.length);
        for (int i = 0; i < out.length; i++) {
            if (!(out[i] > 0)) {
                out[i] = Float.NEGATIVE_INFINITY;
            }
        }
        return out;
    }
}
