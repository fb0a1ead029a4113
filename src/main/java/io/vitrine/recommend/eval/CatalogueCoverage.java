package io.vitrine.recommend.eval;

import io.vitrine.recommend.ItemId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Catalogue coverage: the share of the catalogue that appears in at least one user's list. Unlike the ranking
 * metrics it is a property of all lists together, hence not a {@link RankingMetric}.
 */
public final class CatalogueCoverage {

    private CatalogueCoverage() {
    }

    public static double of(Collection<List<ItemId>> lists, int catalogueSize) {
        Set<ItemId> seen = new HashSet<>();
        lists.forEach(seen::addAll);
        return catalogueSize == 0 ? 0 : seen.size() / (double) catalogueSize;
    }
}
