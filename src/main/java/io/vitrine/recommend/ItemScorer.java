package io.vitrine.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A recommender that scores every item of its {@link ItemIndex} at once. The blend and the offline evaluation
 * combine and rank these score vectors; {@link #recommend} is the ranking a single model serves on its own.
 * Serializable so that the live model can be saved and served again after a restart ({@link ShopModels}).
 */
public interface ItemScorer extends Recommender, java.io.Serializable {

    ItemIndex items();

    /** One score per item of {@link #items()}, higher is better; {@code NEGATIVE_INFINITY} means "cannot score". */
    float[] scores(UserHistory user);

    /** Why {@code item} suits the user; asked only for the few items actually returned. */
    Reason reason(UserHistory user, int item);

    @Override
    default List<Recommendation> recommend(UserHistory user, int n, Predicate<ItemId> filter) {
        float[] scores = scores(user);
        int[] top = TopN.select(scores, n, i -> filter.test(items().get(i)));
        List<Recommendation> out = new ArrayList<>(top.length);
        for (int i : top) {
            out.add(new Recommendation(items().get(i), scores[i], reason(user, i)));
        }
        return List.copyOf(out);
    }
}
