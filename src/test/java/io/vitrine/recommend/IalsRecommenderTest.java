package io.vitrine.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vitrine.recommend.train.IalsTrainer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IalsRecommenderTest {

    /*
     * One factor, y_a = 1, y_b = 2, lambda = 1, alpha = 1, history {a} with weight 1 (confidence 2):
     * (Y'Y + lambda + (c - 1) y_a^2) x = c y_a  ->  (5 + 1 + 1) x = 2  ->  x = 2/7; scores a = 2/7, b = 4/7.
     */
    @Test
    void foldsInTheShopperByTheClosedFormSolve() {
        Interactions data = Interactions.of(List.of(WeightedEvent.of("u", "a", 1, 1), WeightedEvent.of("u", "b", 1, 2)));
        float[] factors = new float[2];
        factors[Fixtures.index(data, "a")] = 1;
        factors[Fixtures.index(data, "b")] = 2;
        IalsRecommender model = new IalsRecommender(data.items(), 1, factors, 1, 1);
        float[] s = model.scores(UserHistory.of("x", "a"));
        assertEquals(2.0 / 7.0, s[Fixtures.index(data, "a")], 1e-6);
        assertEquals(4.0 / 7.0, s[Fixtures.index(data, "b")], 1e-6);
    }

    @Test
    void trainingSeparatesTwoTasteGroups() {
        // shoppers 0-9 like a, b, c; shoppers 10-19 like x, y, z; a newcomer who viewed a should get b or c first
        List<WeightedEvent> events = new ArrayList<>();
        for (int u = 0; u < 20; u++) {
            for (String item : u < 10 ? new String[] {"a", "b", "c"} : new String[] {"x", "y", "z"}) {
                events.add(WeightedEvent.of("u" + u, item, 1, 1));
            }
        }
        Interactions data = Interactions.of(events);
        IalsRecommender model = new IalsTrainer(4, 0.1, 5, 10, 3, 7).train(data);
        List<Recommendation> top = model.recommend(UserHistory.of("new", "a"), 2, id -> !id.value().equals("a"));
        assertEquals(List.of("b", "c"), Fixtures.ids(top).stream().sorted().toList());
    }

    /*
     * Two factors, three items: y_a = (1, 0), y_b = (0, 1), y_c = (1, 1); a score is the dot product of the solved
     * shopper vector with the item's row, so with x = userVector: a = x0, b = x1, c = x0 + x1 (a factor-major copy
     * that mixed rows and columns up would give other sums).
     */
    @Test
    void scoresAreEachItemsRowTimesTheShoppersVector() {
        Interactions data = Interactions.of(List.of(WeightedEvent.of("u", "a", 1, 1), WeightedEvent.of("u", "b", 1, 2),
                WeightedEvent.of("v", "c", 1, 1)));
        float[] factors = new float[6];
        int a = Fixtures.index(data, "a"), b = Fixtures.index(data, "b"), c = Fixtures.index(data, "c");
        factors[2 * a] = 1;
        factors[2 * b + 1] = 1;
        factors[2 * c] = 1;
        factors[2 * c + 1] = 1;
        IalsRecommender model = new IalsRecommender(data.items(), 2, factors, 1, 1);
        UserHistory shopper = UserHistory.of("x", "a");
        double[] x = model.userVector(shopper);
        float[] s = model.scores(shopper);
        assertEquals(x[0], s[a], 1e-6);
        assertEquals(x[1], s[b], 1e-6);
        assertEquals(x[0] + x[1], s[c], 1e-6);
        assertEquals(true, x[0] > x[1], "the shopper who saw a leans to a's factor");
    }
}
