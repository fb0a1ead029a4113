package io.vitrine.recommend.eval;

import io.vitrine.recommend.WeightedEvent;
import io.vitrine.recommend.Interactions;
import io.vitrine.recommend.ItemId;
import io.vitrine.recommend.UserId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shop's own protocol: train on the events before a cut-off, test on what each already-known shopper went for
 * after it (items new to that shopper and known to the training data). A time cut, unlike a random split, asks
 * the question the live model answers: what comes next.
 */
public final class Holdout {

    private Holdout() {
    }

    public static Split timeBased(List<WeightedEvent> events, long cutoff, Collection<ItemId> catalogue) {
        List<WeightedEvent> train = new ArrayList<>();
        List<WeightedEvent> later = new ArrayList<>();
        for (WeightedEvent e : events) {
            (e.timestamp() < cutoff ? train : later).add(e);
        }
        Interactions data = Interactions.of(train, catalogue);
        Map<UserId, Set<ItemId>> test = new LinkedHashMap<>();
        Map<UserId, Set<ItemId>> seen = new LinkedHashMap<>();
        for (WeightedEvent e : later) {
            Integer u = data.userIndex(e.user()).orElse(null);
            if (u == null || data.items().indexOf(e.item()).isEmpty()) {
                continue;
            }
            Set<ItemId> history = seen.computeIfAbsent(e.user(), x -> data.history(u).items());
            if (!history.contains(e.item())) {
                test.computeIfAbsent(e.user(), x -> new HashSet<>()).add(e.item());
            }
        }
        return new Split(data, test);
    }
}
