package io.vitrine.recommend.eval;

import io.vitrine.recommend.ItemId;
import io.vitrine.recommend.Recommendation;
import io.vitrine.recommend.Recommender;
import io.vitrine.recommend.UserHistory;
import io.vitrine.recommend.UserId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the top k for every test user of a {@link Split} (from their training history, masking the items of that
 * history) and averages each metric over those users; adds catalogue coverage under the name "coverage".
 */
public final class OfflineEvaluation {

    private final int k;
    private final Map<String, RankingMetric> metrics;

    public OfflineEvaluation(int k, Map<String, RankingMetric> metrics) {
        this.k = k;
        this.metrics = new LinkedHashMap<>(metrics);
    }

    /** ndcg@k, precision@k, recall@k, map@k, hr@k: the benchmark's metric names. */
    public static OfflineEvaluation standard(int k) {
        Map<String, RankingMetric> m = new LinkedHashMap<>();
        m.put("ndcg@" + k, new Ndcg(k));
        m.put("precision@" + k, new Precision(k));
        m.put("recall@" + k, new Recall(k));
        m.put("map@" + k, new AveragePrecision(k));
        m.put("hr@" + k, new HitRate(k));
        return new OfflineEvaluation(k, m);
    }

    public Map<String, Double> evaluate(Recommender recommender, Split split) {
        List<UserId> users = new ArrayList<>(split.test().keySet());
        List<List<ItemId>> rankings = users.parallelStream().map(user -> {
            UserHistory history = split.train().history(split.train().userIndex(user).orElseThrow());
            Set<ItemId> seen = history.items();
            return recommender.recommend(history, k, id -> !seen.contains(id)).stream()
                    .map(Recommendation::item).toList();
        }).toList();
        Map<String, Double> out = new LinkedHashMap<>();
        metrics.forEach((name, metric) -> {
            double sum = 0;
            for (int u = 0; u < users.size(); u++) {
                sum += metric.evaluate(rankings.get(u), split.test().get(users.get(u)));
            }
            out.put(name, users.isEmpty() ? 0 : sum / users.size());
        });
        out.put("coverage", CatalogueCoverage.of(rankings, split.train().itemCount()));
        return out;
    }
}
