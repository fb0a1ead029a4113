package io.vitrine.recommend.eval;

import io.vitrine.recommend.ItemId;
import java.util.List;
import java.util.Set;

/** Recall@k: relevant items among the first k, divided by the number of relevant items. */
public record Recall(int k) implements RankingMetric {

    @Override
    public double evaluate(List<ItemId> ranking, Set<ItemId> relevant) {
        return relevant.isEmpty() ? 0 : Hits.count(ranking, relevant, k) / (double) relevant.size();
    }
}
