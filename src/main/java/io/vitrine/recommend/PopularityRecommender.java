package io.vitrine.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What everybody engages with: time-decayed weighted event counts per item, and trending = the rise of the
 * last window over the window before. Per category, sub-category or seller is the same ranking restricted to
 * the group, so the group map is given at query time. Trained by {@link io.vitrine.recommend.train.PopularityTrainer}.
 */
public final class PopularityRecommender implements ItemScorer {

    private static final long serialVersionUID = 1L;

    private final ItemIndex items;
    private final float[] popularity;
    private final float[] trend;

    public PopularityRecommender(ItemIndex items, float[] popularity, float[] trend) {
        if (popularity.length != items.size() || trend.length != items.size()) {
            throw new IllegalArgumentException("one value per item required");
        }
        this.items = items;
        this.popularity = popularity.clone();
        this.trend = trend.clone();
    }

    public double popularity(ItemId item) {
        return items.indexOf(item).stream().mapToDouble(i -> popularity[i]).findFirst().orElse(0);
    }

    public double trend(ItemId item) {
        return items.indexOf(item).stream().mapToDouble(i -> trend[i]).findFirst().orElse(0);
    }

    @Override
    public ItemIndex items() {
        return items;
    }

    @Override
    public float[] scores(UserHistory user) {
        return popularity.clone();
    }

    @Override
    public Reason reason(UserHistory user, int item) {
        return Reason.popular();
    }

    /** The most popular items of one group (category, sub-category, seller: whatever {@code groupOf} maps to). */
    public List<Recommendation> popularIn(Map<ItemId, String> groupOf, String group, int n, Predicate<ItemId> filter) {
        Objects.requireNonNull(group, "group");
        return rank(popularity, n, id -> group.equals(groupOf.get(id)) && filter.test(id), Reason.in(Reason.Kind.POPULAR_IN, group));
    }

    /** Items whose rate rose most against the previous window; only items that actually rose. */
    public List<Recommendation> trending(int n, Predicate<ItemId> filter) {
        return rank(trend, n, filter, Reason.trending());
    }

    /** Trending within one group. */
    public List<Recommendation> trendingIn(Map<ItemId, String> groupOf, String group, int n, Predicate<ItemId> filter) {
        return rank(trend, n, id -> group.equals(groupOf.get(id)) && filter.test(id), Reason.in(Reason.Kind.TRENDING_IN, group));
    }

    private List<Recommendation> rank(float[] values, int n, Predicate<ItemId> filter, Reason reason) {
        float[] positive = values.clone();
        for (int i = 0; i < positive.length; i++) {
            if (!(positive[i] > 0)) {
                positive[i] = Float.NEGATIVE_INFINITY;
            }
        }
        List<Recommendation> out = new ArrayList<>();
        for (int i : TopN.select(positive, n, i -> filter.test(items.get(i)))) {
            out.add(new Recommendation(items.get(i), values[i], reason));
        }
        return List.copyOf(out);
    }
}
