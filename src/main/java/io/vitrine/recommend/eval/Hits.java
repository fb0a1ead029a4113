package io.vitrine.recommend.eval;

import io.vitrine.recommend.ItemId;
import java.util.List;
import java.util.Set;

final class Hits {

    private Hits() {
    }

    static int count(List<ItemId> ranking, Set<ItemId> relevant, int k) {
        int hits = 0;
        for (int r = 0; r < Math.min(k, ranking.size()); r++) {
            if (relevant.contains(ranking.get(r))) {
                hits++;
            }
        }
        return hits;
    }
}
