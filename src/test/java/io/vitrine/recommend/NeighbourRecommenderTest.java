package io.vitrine.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vitrine.recommend.train.BoughtTogetherTrainer;
import io.vitrine.recommend.train.ContentTrainer;
import io.vitrine.recommend.train.ItemKnnTrainer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NeighbourRecommenderTest {

    /*
     * Fixture degrees a = b = c = 2; overlaps ab = 2, ac = bc = 1.
     * shrink 1, beta 0: sim(a,b) = 2 / (sqrt(2 x 2) + 1) = 2/3, sim(a,c) = 1/3.
     * beta 1 divides by the neighbour's degree 2: 1/3 and 1/6.
     */
    @Test
    void itemKnnIsShrunkCosine() {
        Interactions data = Fixtures.threeByThree();
        int a = Fixtures.index(data, "a");
        int b = Fixtures.index(data, "b");
        int c = Fixtures.index(data, "c");
        NeighbourRecommender knn = new ItemKnnTrainer(1, 0, 10).train(data);
        assertEquals(2.0 / 3.0, knn.similarity(a, b), 1e-6);
        assertEquals(1.0 / 3.0, knn.similarity(a, c), 1e-6);
        NeighbourRecommender penalised = new ItemKnnTrainer(1, 1, 10).train(data);
        assertEquals(1.0 / 3.0, penalised.similarity(a, b), 1e-6);
        assertEquals(1.0 / 6.0, penalised.similarity(a, c), 1e-6);
        // history {a, c}: score(b) = 2/3 + 1/3 = 1
        assertEquals(1.0, knn.scores(UserHistory.of("x", "a", "c"))[b], 1e-6);
        List<Recommendation> similar = knn.similarTo(ItemId.of("a"), 2, id -> true);
        assertEquals(List.of("b", "c"), Fixtures.ids(similar));
        assertEquals("similar to a", similar.get(0).reason().text());
    }

    /*
     * Texts a "red shoe", b "red hat", c "blue hat", cold-start item d "blue hat": N = 4 documents,
     * df red 2, shoe 1, hat 3, blue 2. idf: red = blue = ln 2, shoe = ln 4, hat = ln(4/3).
     * cos(a, b) = ln2^2 / (sqrt(ln2^2 + ln4^2) x sqrt(ln2^2 + ln(4/3)^2)); c and d are identical: cos = 1.
     */
    @Test
    void contentCosineOverTfIdf() {
        Interactions data = Interactions.of(Fixtures.threeByThree().history(0).events(),
                List.of(ItemId.of("a"), ItemId.of("b"), ItemId.of("c"), ItemId.of("d")));
        Map<ItemId, String> texts = Map.of(ItemId.of("a"), "Red shoe", ItemId.of("b"), "red HAT",
                ItemId.of("c"), "blue hat", ItemId.of("d"), "blue, hat!");
        NeighbourRecommender content = new ContentTrainer(10).train(data, texts);
        double ln2 = Math.log(2);
        double lnShoe = Math.log(4);
        double lnHat = Math.log(4.0 / 3.0);
        double expected = ln2 * ln2 / (Math.sqrt(ln2 * ln2 + lnShoe * lnShoe) * Math.sqrt(ln2 * ln2 + lnHat * lnHat));
        assertEquals(expected, content.similarity(Fixtures.index(data, "a"), Fixtures.index(data, "b")), 1e-6);
        assertEquals(1.0, content.similarity(Fixtures.index(data, "c"), Fixtures.index(data, "d")), 1e-6);
        assertEquals(0.0, content.similarity(Fixtures.index(data, "a"), Fixtures.index(data, "c")));
        // the cold-start item d has no events but is recommended next to c
        assertEquals("d", content.similarTo(ItemId.of("c"), 1, id -> true).get(0).item().value());
    }

    /*
     * Orders {a,b}, {a,b}, {a,c}, {b}: N = 4, count a = 3, b = 3, c = 1, ab = 2, ac = 1.
     * lift(a,b) = 4 x 2 / (3 x 3) = 8/9; a-c has support 1 < 2 and is dropped.
     */
    @Test
    void boughtTogetherIsLiftAboveMinimumSupport() {
        Interactions data = Fixtures.threeByThree();
        List<Set<ItemId>> orders = List.of(Set.of(ItemId.of("a"), ItemId.of("b")), Set.of(ItemId.of("a"), ItemId.of("b")),
                Set.of(ItemId.of("a"), ItemId.of("c")), Set.of(ItemId.of("b")));
        NeighbourRecommender together = new BoughtTogetherTrainer(2, 10).train(data, orders);
        int a = Fixtures.index(data, "a");
        assertEquals(8.0 / 9.0, together.similarity(a, Fixtures.index(data, "b")), 1e-6);
        assertEquals(0.0, together.similarity(a, Fixtures.index(data, "c")));
        assertEquals("frequently bought with a", together.similarTo(ItemId.of("a"), 1, id -> true).get(0).reason().text());
    }

    @Test
    void sessionsSplitAUsersEventsAtGaps() {
        // u2: a t=1, b t=2, c t=3; with gap 0 every event is its own basket, with gap 1 one basket
        Interactions data = Fixtures.threeByThree();
        assertEquals(6, BoughtTogetherTrainer.sessions(data, 0).size());
        assertEquals(3, BoughtTogetherTrainer.sessions(data, 1).size());
    }
}
