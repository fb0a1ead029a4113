package io.vitrine.recommend;

import java.util.Arrays;
import java.util.function.IntPredicate;

/** Partial selection of the best scores, asking the (possibly costly) filter only about items that would enter. */
public final class TopN {

    private TopN() {
    }

    /** Indexes of the at most {@code n} highest finite scores accepted by {@code accept}, best first (ties: lower index). */
    public static int[] select(float[] scores, int n, IntPredicate accept) {
        n = Math.min(n, scores.length);
        if (n <= 0) {
            return new int[0];
        }
        // min-heap of size n on (score, -index)
        int[] heap = new int[n];
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            float s = scores[i];
            if (Float.isNaN(s) || s == Float.NEGATIVE_INFINITY) {
                continue;
            }
            if (size == n && !better(scores, i, heap[0])) {
                continue;
            }
            if (!accept.test(i)) {
                continue;
            }
            if (size < n) {
                heap[size] = i;
                siftUp(scores, heap, size++);
            } else {
                heap[0] = i;
                siftDown(scores, heap, size);
            }
        }
        Integer[] out = new Integer[size];
        for (int k = 0; k < size; k++) {
            out[k] = heap[k];
        }
        Arrays.sort(out, (a, b) -> better(scores, a, b) ? -1 : better(scores, b, a) ? 1 : 0);
        return Arrays.stream(out).mapToInt(Integer::intValue).toArray();
    }

    /**
     * Every finite score's index, best first (ties: lower index), handed out one at a time: building it costs one
     * pass over the scores, each {@link Ranking#next} a logarithm of their number. For callers that do not know how
     * many items they will go through (a list whose caps skip some), where asking {@link #select} again with a larger
     * {@code n} would rank and filter the same items again.
     */
    public static Ranking ranking(float[] scores) {
        return new Ranking(scores);
    }

    /** The indexes of finite scores in ranking order, popped lazily from a max-heap. */
    public static final class Ranking {

        private final float[] scores;
        private final int[] heap;
        private int size;

        private Ranking(float[] scores) {
            this.scores = scores;
            this.heap = new int[scores.length];
            for (int i = 0; i < scores.length; i++) {
                float s = scores[i];
                if (!Float.isNaN(s) && s != Float.NEGATIVE_INFINITY) {
                    heap[size++] = i;
                }
            }
            for (int k = size / 2 - 1; k >= 0; k--) {
                down(k);
            }
        }

        /** The next best index, or -1 when every one was handed out. */
        public int next() {
            if (size == 0) {
                return -1;
            }
            int best = heap[0];
            heap[0] = heap[--size];
            down(0);
            return best;
        }

        private void down(int k) {
            sink(scores, heap, size, k, true);
        }
    }

    private static boolean better(float[] s, int a, int b) {
        return s[a] > s[b] || (s[a] == s[b] && a < b);
    }

    private static void siftUp(float[] s, int[] heap, int k) {
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (!better(s, heap[parent], heap[k])) {
                break;
            }
            swap(heap, parent, k);
            k = parent;
        }
    }

    private static void siftDown(float[] s, int[] heap, int size) {
        sink(s, heap, size, 0, false);
    }

    /** Moves {@code heap[k]} down until neither child should stand above it: the best on top, or the worst. */
    private static void sink(float[] s, int[] heap, int size, int k, boolean bestOnTop) {
        while (true) {
            int l = 2 * k + 1;
            int r = l + 1;
            int top = k;
            if (l < size && above(s, heap[l], heap[top], bestOnTop)) {
                top = l;
            }
            if (r < size && above(s, heap[r], heap[top], bestOnTop)) {
                top = r;
            }
            if (top == k) {
                return;
            }
            swap(heap, top, k);
            k = top;
        }
    }

    private static boolean above(float[] s, int a, int b, boolean bestOnTop) {
        return bestOnTop ? better(s, a, b) : better(s, b, a);
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
