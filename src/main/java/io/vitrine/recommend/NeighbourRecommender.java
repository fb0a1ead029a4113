package io.vitrine.recommend;

import java.util.List;
import java.util.function.Predicate;

/**
 * Item-to-item recommender over precomputed neighbour lists: score(j) = sum over the shopper's items i of
 * sim(i, j). Serves both collaborative similarity ({@link io.vitrine.recommend.train.ItemKnnTrainer}) and content
 * similarity ({@link io.vitrine.recommend.train.ContentTrainer}); only the trainer and the reason differ.
 */
public final class NeighbourRecommender implements ItemScorer {

    private static final long serialVersionUID = 1L;

    private final ItemIndex items;
    private final int[][] neighbours;
    private final float[][] similarities;
    private final Reason.Kind reason;

    /** Rows are taken, not copied: trainers hand them over. {@code reason} names the neighbour, e.g. SIMILAR. */
    public NeighbourRecommender(ItemIndex items, int[][] neighbours, float[][] similarities, Reason.Kind reason) {
        if (neighbours.length != items.size() || similarities.length != items.size()) {
            throw new IllegalArgumentException("one row per item required");
        }
        this.items = items;
        this.neighbours = neighbours;
        this.similarities = similarities;
        this.reason = reason;
    }

    /** sim(i, j) as kept by the trainer (0 if j is not among i's neighbours). */
    public double similarity(int i, int j) {
        return Sequences.valueAt(neighbours[i], similarities[i], j);
    }

    /** The items most similar to one item ("similar products"), best first. */
    public List<Recommendation> similarTo(ItemId item, int n, Predicate<ItemId> filter) {
        // a one-event history: the item's own neighbour row, which also yields "similar to <item>" as the reason
        UserId viewer = UserId.of("item:" + item.value());
        UserHistory justThisItem = new UserHistory(viewer, List.of(new WeightedEvent(viewer, item, 1, 0)));
        return recommend(justThisItem, n, filter.and(id -> !id.equals(item)));
    }

    @Override
    public ItemIndex items() {
        return items;
    }

    @Override
    public float[] scores(UserHistory user) {
        float[] s = new float[items.size()];
        float[] x = items.vector(user);
        for (int i = 0; i < x.length; i++) {
            if (x[i] == 0) {
                continue;
            }
            for (int t = 0; t < neighbours[i].length; t++) {
                s[neighbours[i][t]] += similarities[i][t];
            }
        }
        return s;
    }

    @Override
    public Reason reason(UserHistory user, int item) {
        return Sequences.strongestCause(items, user, i -> similarity(i, item))
                .map(cause -> Reason.about(reason, cause)).orElse(Reason.forYou());
    }
}
