package io.vitrine.recommend.eval;

import io.vitrine.recommend.ItemId;
import java.util.List;
import java.util.Set;

/**
 * AP@k, whose mean over users is MAP@k: the precision at the rank of each hit within the first k, summed and
 * divided by min(k, number of relevant items), so that a perfect list scores 1.
 */
public record AveragePrecision(int k) implements RankingMetric {

    @Override
    public double evaluate(List<ItemId> ranking, Set<ItemId> relevant) {
        double sum = 0;
        int hits = 0;
        for (int r = 0; r < Math.min(k, ranking.size()); r++) {
            if (relevant.contains(ranking.get(r))) {
                hits++;
                sum += hits / (double) (r + 1);
            }
        }
        int denominator = Math.min(k, relevant.size());
        return denominator == 0 ? 0 : sum / denominator;
    }
}
