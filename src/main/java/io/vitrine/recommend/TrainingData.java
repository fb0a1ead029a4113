package io.vitrine.recommend;

import java.util.List;
import java.util.Set;

/**
 * Everything a shop model is trained from: the events (time in epoch milliseconds), the catalogue facts the
 * business rules need, and one basket per order for "bought together".
 */
public record TrainingData(List<Interaction> events, List<CatalogueEntry> catalogue, List<Set<ItemId>> baskets) {

    public TrainingData {
        events = List.copyOf(events);
        catalogue = List.copyOf(catalogue);
        baskets = List.copyOf(baskets);
    }

    /** The same catalogue with only the events before {@code cutoff}: what a holdout model may learn from. */
    public TrainingData before(long cutoff) {
        return new TrainingData(events.stream().filter(e -> e.timestamp() < cutoff).toList(), catalogue, baskets);
    }

    public long userCount() {
        return events.stream().map(Interaction::user).distinct().count();
    }
}
