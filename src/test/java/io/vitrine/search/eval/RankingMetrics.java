package io.vitrine.search.eval;

import io.vitrine.catalog.ProductId;

import java.util.List;
import java.util.Set;

/** Binary-relevance ranking metrics over the top {@code k} results. */
final class RankingMetrics {

    private RankingMetrics() {
    }

    /** 1 / rank of the first relevant result in the top k, 0 when none is there. */
    static double reciprocalRank(List<ProductId> ranking, Set<ProductId> relevant, int k) {
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (relevant.contains(ranking.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** DCG of the top k over the DCG of a perfect ranking of min(|relevant|, k) relevant items. */
    static double ndcg(List<ProductId> ranking, Set<ProductId> relevant, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (relevant.contains(ranking.get(i))) {
                dcg += 1.0 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += 1.0 / log2(i + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
