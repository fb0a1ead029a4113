package io.vitrine.recommend.train;

import io.vitrine.recommend.EaseRecommender;
import io.vitrine.recommend.Interactions;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;

/**
 * Trains EASE: B = I - P diagMat(1 / diag(P)) with P = (X'X + lambda I)^-1, diag(B) = 0. The inverse comes from
 * LAPACK Cholesky (spotrf + spotri) of the OpenBLAS that ND4J ships; it is O(m^3) time and needs about
 * 2 x 4 m^2 bytes, so catalogues above {@code maxItems} keep only their most popular items (the rest is left to
 * cheaper models) instead of exhausting memory.
 */
public final class EaseTrainer {

    private final double lambda;
    private final double dropout;
    private final int maxItems;

    public EaseTrainer(double lambda, int maxItems) {
        this(lambda, 0, maxItems);
    }

    /**
     * @param dropout p of EDLAE (Steck 2020): adds p/(1-p) x G_ii to each diagonal regulariser, i.e. popular
     *                items are regularised more, as if their input were dropped out with probability p
     */
    public EaseTrainer(double lambda, double dropout, int maxItems) {
        if (!(lambda > 0) || maxItems < 1 || dropout < 0 || dropout >= 1) {
            throw new IllegalArgumentException("lambda > 0, 0 <= dropout < 1 and maxItems >= 1 required");
        }
        this.lambda = lambda;
        this.dropout = dropout;
        this.maxItems = maxItems;
    }

    public EaseRecommender train(Interactions data) {
        int[] degrees = data.itemDegrees();
        int cap = Math.min(maxItems, affordableItems(Runtime.getRuntime().maxMemory()));
        int[] modelled = IntStream.range(0, data.itemCount()).filter(i -> degrees[i] > 0).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -degrees[i]).thenComparingInt(i -> i))
                .limit(cap).mapToInt(Integer::intValue).sorted().toArray();
        int m = modelled.length;
        int[] position = new int[data.itemCount()];
        Arrays.fill(position, -1);
        for (int p = 0; p < m; p++) {
            position[modelled[p]] = p;
        }
        float[] gram = new float[Math.multiplyExact(m, m)];
        // binary X: the Gram matrix counts co-occurrences
        for (int u = 0; u < data.userCount(); u++) {
            int[] row = data.itemsOf(u);
            int[] ps = Arrays.stream(row).map(i -> position[i]).filter(p -> p >= 0).toArray();
            for (int a : ps) {
                int base = a * m;
                for (int b : ps) {
                    gram[base + b] += 1;
                }
            }
        }
        for (int p = 0; p < m; p++) {
            gram[p * m + p] += (float) (lambda + dropout / (1 - dropout) * gram[p * m + p]);
        }
        invertSpd(gram, m);
        // B[i][j] = -P[i][j] / P[j][j], zero diagonal
        float[] diag = new float[m];
        for (int p = 0; p < m; p++) {
            diag[p] = gram[p * m + p];
        }
        for (int i = 0; i < m; i++) {
            int base = i * m;
            for (int j = 0; j < m; j++) {
                gram[base + j] = i == j ? 0 : -gram[base + j] / diag[j];
            }
        }
        return new EaseRecommender(data.items(), modelled, gram, 1.0);
    }

    /**
     * The largest m whose m x m float matrix fits three times in half the heap: the Gram/B array on the heap, its
     * native copy for LAPACK, and room for everything else. Beyond it the least popular items are left out.
     */
    static int affordableItems(long maxHeapBytes) {
        return (int) Math.min(Integer.MAX_VALUE, Math.sqrt(maxHeapBytes / 2.0 / 3.0 / Float.BYTES));
    }

    /** In-place inverse of a symmetric positive definite m x m row-major matrix via Cholesky. */
    static void invertSpd(float[] a, int m) {
        try (FloatPointer p = new FloatPointer(a)) {
            // symmetric, so row- vs column-major does not matter; fill the full matrix from the lower triangle after
            int info = openblas.LAPACKE_spotrf(openblas.LAPACK_ROW_MAJOR, (byte) 'L', m, p, m);
            if (info != 0) {
                throw new IllegalStateException("Cholesky failed (matrix not positive definite), info=" + info);
            }
            info = openblas.LAPACKE_spotri(openblas.LAPACK_ROW_MAJOR, (byte) 'L', m, p, m);
            if (info != 0) {
                throw new IllegalStateException("inverse failed, info=" + info);
            }
            p.get(a);
        }
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                a[i * m + j] = a[j * m + i];
            }
        }
    }
}
