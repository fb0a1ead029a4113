package io.vitrine.recommend;

import java.util.List;

/** The tiny data the algorithm tests work out by hand. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * Three shoppers, three items, in time order: u1 = a, b; u2 = a, b, c; u3 = c.
     * Co-occurrence (Gram) matrix X'X over (a, b, c): [[2,2,1],[2,2,1],[1,1,2]].
     */
    public static Interactions threeByThree() {
        return Interactions.of(List.of(
                WeightedEvent.of("u1", "a", 1, 1), WeightedEvent.of("u1", "b", 1, 2),
                WeightedEvent.of("u2", "a", 1, 1), WeightedEvent.of("u2", "b", 1, 2), WeightedEvent.of("u2", "c", 1, 3),
                WeightedEvent.of("u3", "c", 1, 1)));
    }

    public static int index(Interactions data, String item) {
        return data.items().indexOf(ItemId.of(item)).orElseThrow();
    }

    public static List<String> ids(List<Recommendation> recommendations) {
        return recommendations.stream().map(r -> r.item().value()).toList();
    }
}
