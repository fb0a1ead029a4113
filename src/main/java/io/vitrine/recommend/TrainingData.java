package io.vitrine.recommend;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a shop model is trained from: the events (time in epoch milliseconds), the catalogue facts the
 * business rules need, one basket per order for "bought together", and what each shopper bought (the "exclude
 * what was bought" rule at serving time; the models do not use it).
 */
public record TrainingData(List<WeightedEvent> events, List<CatalogueEntry> catalogue, List<Set<ItemId>> baskets,
                           Map<UserId, Set<ItemId>> purchases) {

    public TrainingData {
        events = List.copyOf(events);
        catalogue = List.copyOf(catalogue);
        baskets = List.copyOf(baskets);
        purchases = Map.copyOf(purchases);
    }

    public TrainingData(List<WeightedEvent> events, List<CatalogueEntry> catalogue, List<Set<ItemId>> baskets) {
        this(events, catalogue, baskets, Map.of());
    }

    /** The same catalogue with only the events before {@code cutoff}: what a holdout model may learn from. */
    public TrainingData before(long cutoff) {
        return new TrainingData(events.stream().filter(e -> e.timestamp() < cutoff).toList(), catalogue, baskets, purchases);
    }

    public long userCount() {
        return events.stream().map(WeightedEvent::user).distinct().count();
    }
}
