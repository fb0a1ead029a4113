package io.vitrine.recommend.eval;

import io.vitrine.recommend.ItemId;
import java.util.List;
import java.util.Set;

/** NDCG@k with binary relevance: sum of 1/log2(rank+1) over hits, divided by the best possible for this user. */
public record Ndcg(int k) implements RankingMetric {

    @Override
    public double evaluate(List<ItemId> ranking, Set<ItemId> relevant) {
        double dcg = 0;
        for (int r = 0; r < Math.min(k, ranking.size()); r++) {
            if (relevant.contains(ranking.get(r))) {
                dcg += 1 / log2(r + 2);
            }
        }
        double ideal = 0;
        for (int r = 0; r < Math.min(k, relevant.size()); r++) {
            ideal += 1 / log2(r + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
