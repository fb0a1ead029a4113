package io.vitrine.recommend.eval;

import io.vitrine.recommend.ItemId;
import java.util.List;
import java.util.Set;

/** HR@k: 1 when at least one relevant item is among the first k (with one target per user: recall@k). */
public record HitRate(int k) implements RankingMetric {

    @Override
    public double evaluate(List<ItemId> ranking, Set<ItemId> relevant) {
        return Hits.count(ranking, relevant, k) > 0 ? 1 : 0;
    }
}
