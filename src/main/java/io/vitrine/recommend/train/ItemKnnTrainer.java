package io.vitrine.recommend.train;

import io.vitrine.recommend.Interactions;
import io.vitrine.recommend.NeighbourRecommender;
import java.util.stream.IntStream;

/**
 * Item-item cosine over binary user vectors with shrinkage and inverse-popularity weighting:
 * sim(i, j) = |U_i and U_j| / (sqrt(|U_i| |U_j|) + shrink) / |U_j|^beta. Shrinkage distrusts overlaps of a few
 * users; beta > 0 pushes long-tail items that would otherwise drown in the blockbusters. Keeps {@code keep} per item.
 */
public final class ItemKnnTrainer {

    private final double shrink;
    private final double beta;
    private final int keep;

    public ItemKnnTrainer(double shrink, double beta, int keep) {
        if (shrink < 0 || beta < 0 || keep < 1) {
            throw new IllegalArgumentException("shrink >= 0, beta >= 0 and keep >= 1 required");
        }
        this.shrink = shrink;
        this.beta = beta;
        this.keep = keep;
    }

    public NeighbourRecommender train(Interactions data) {
        int n = data.itemCount();
        int[] degree = data.itemDegrees();
        int[][] userItems = new int[data.userCount()][];
        for (int u = 0; u < userItems.length; u++) {
            userItems[u] = data.itemsOf(u);
        }
        Neighbours out = new Neighbours(n);
        IntStream.range(0, n).parallel().forEach(i -> {
            float[] overlap = new float[n];
            for (int u : data.usersOf(i)) {
                for (int j : userItems[u]) {
                    overlap[j]++;
                }
            }
            for (int j = 0; j < n; j++) {
                if (overlap[j] > 0) {
                    overlap[j] = (float) (overlap[j] / (Math.sqrt((double) degree[i] * degree[j]) + shrink)
                            / Math.pow(degree[j], beta));
                }
            }
            out.set(i, overlap, keep);
        });
        return new NeighbourRecommender(data.items(), out.index, out.value, io.vitrine.recommend.Reason.Kind.SIMILAR);
    }
}
