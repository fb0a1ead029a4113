package io.vitrine.recommend.eval;

import io.vitrine.recommend.ItemId;
import java.util.List;
import java.util.Set;

/** The quality of one ranked list given the items the shopper really went for; averaged over users by the caller. */
public interface RankingMetric {

    double evaluate(List<ItemId> ranking, Set<ItemId> relevant);
}
