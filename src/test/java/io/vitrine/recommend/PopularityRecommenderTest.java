package io.vitrine.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vitrine.recommend.train.PopularityTrainer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PopularityRecommenderTest {

    /*
     * now = 20, half-life 10, window 10 (recent = age < 10, previous = 10 <= age < 20):
     * a: purchase (3) at 20 + view (1) at 10 -> 3 + 0.5 = 3.5;   recent 3, previous 1 -> trend (3-1)/sqrt(2)
     * b: views (1) at 0, 10, 10 -> 0.25 + 0.5 + 0.5 = 1.25;      recent 0, previous 2 -> trend -2/sqrt(3)
     * c: view (1) at 15 -> 2^-0.5;                                recent 1, previous 0 -> trend 1
     */
    private static Interactions events() {
        return Interactions.of(List.of(
                WeightedEvent.of("u1", "a", 3, 20), WeightedEvent.of("u2", "a", 1, 10),
                WeightedEvent.of("u1", "b", 1, 0), WeightedEvent.of("u2", "b", 1, 10), WeightedEvent.of("u3", "b", 1, 10),
                WeightedEvent.of("u3", "c", 1, 15)));
    }

    @Test
    void timeDecayedWeightedCounts() {
        PopularityRecommender model = new PopularityTrainer(10, 10).train(events());
        assertEquals(3.5, model.popularity(ItemId.of("a")), 1e-6);
        assertEquals(1.25, model.popularity(ItemId.of("b")), 1e-6);
        assertEquals(Math.pow(2, -0.5), model.popularity(ItemId.of("c")), 1e-6);
        assertEquals(List.of("a", "b", "c"), Fixtures.ids(model.recommend(UserHistory.empty(UserId.of("x")), 3, id -> true)));
    }

    @Test
    void trendingIsTheRiseOverThePreviousWindow() {
        PopularityRecommender model = new PopularityTrainer(10, 10).train(events());
        assertEquals(2 / Math.sqrt(2), model.trend(ItemId.of("a")), 1e-6);
        assertEquals(-2 / Math.sqrt(3), model.trend(ItemId.of("b")), 1e-6);
        // only rising items: a (1.41) then c (1); b fell
        List<Recommendation> trending = model.trending(5, id -> true);
        assertEquals(List.of("a", "c"), Fixtures.ids(trending));
        assertEquals("trending now", trending.get(0).reason().text());
    }

    @Test
    void popularPerGroup() {
        PopularityRecommender model = new PopularityTrainer(10, 10).train(events());
        Map<ItemId, String> category = Map.of(ItemId.of("a"), "Shoes", ItemId.of("b"), "Hats", ItemId.of("c"), "Hats");
        List<Recommendation> hats = model.popularIn(category, "Hats", 5, id -> true);
        assertEquals(List.of("b", "c"), Fixtures.ids(hats));
        assertEquals("popular in Hats", hats.get(0).reason().text());
        assertEquals(List.of("c"), Fixtures.ids(model.trendingIn(category, "Hats", 5, id -> true)));
    }
}
