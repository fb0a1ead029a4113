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
        int k = 0;
        while (true) {
            int l = 2 * k + 1;
            int r = l + 1;
            int worst = k;
            if (l < size && better(s, heap[worst], heap[l])) {
                worst = l;
            }
            if (r < size && better(s, heap[worst], heap[r])) {
                worst = r;
            }
            if (worst == k) {
                return;
            }
            swap(heap, worst, k);
            k = worst;
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
