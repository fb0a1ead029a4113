package io.vitrine.recommend.eval;

import io.vitrine.recommend.ItemId;
import java.util.List;
import java.util.Set;

/** Precision@k: relevant items among the first k, divided by k (a short list is not rewarded). */
public record Precision(int k) implements RankingMetric {

    @Override
    public double evaluate(List<ItemId> ranking, Set<ItemId> relevant) {
        return Hits.count(ranking, relevant, k) / (double) k;
    }
}
