package io.vitrine.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vitrine.recommend.BlendRecommender.Component;
import io.vitrine.recommend.train.PopularityTrainer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlendRecommenderTest {

    /** Popularity counts: d 3, a b c e 1 each. */
    private final Interactions data = Interactions.of(List.of(
            WeightedEvent.of("u1", "a", 1, 1), WeightedEvent.of("u1", "d", 1, 2),
            WeightedEvent.of("u2", "d", 1, 1), WeightedEvent.of("u2", "e", 1, 2),
            WeightedEvent.of("u3", "b", 1, 1), WeightedEvent.of("u3", "c", 1, 2), WeightedEvent.of("u3", "d", 1, 3)));
    private final PopularityRecommender popularity = new PopularityTrainer(Double.POSITIVE_INFINITY, 1).train(data);
    private final Map<ItemId, CatalogueEntry> catalogue = Map.of(
            ItemId.of("a"), entry("a", "Shoes", "Sneakers", "s1"),
            ItemId.of("b"), entry("b", "Shoes", "Sneakers", "s1"),
            ItemId.of("c"), entry("c", "Shoes", "Boots", "s2"),
            ItemId.of("d"), entry("d", "Hats", "Caps", "s1"),
            ItemId.of("e"), entry("e", "Hats", "Caps", "s3"));
    /** a 5, b 4, c 3, d 2, e 1. */
    private final ItemScorer fixed = new Fixed(data.items(), Map.of("a", 5f, "b", 4f, "c", 3f, "d", 2f, "e", 1f), "fixed");
    private final BlendRecommender blend = new BlendRecommender(List.of(new Component(fixed, 1)), popularity, catalogue);
    private final UserHistory shopper = UserHistory.of("x", "d");

    @Test
    void withoutRulesTheModelOrderIsKept() {
        assertEquals(List.of("a", "b", "c"), Fixtures.ids(blend.recommend(shopper, 3, BlendRules.none())));
        assertEquals("similar to fixed", blend.recommend(shopper, 1, BlendRules.none()).get(0).reason().text());
    }

    @Test
    void restrictsToCategoryOrSubCategory() {
        assertEquals(List.of("d", "e"), Fixtures.ids(blend.recommend(shopper, 5, BlendRules.none().inCategory("Hats"))));
        assertEquals(List.of("a", "b"), Fixtures.ids(blend.recommend(shopper, 5, BlendRules.none().inSubCategory("Sneakers"))));
    }

    @Test
    void excludesBoughtAndOutOfStock() {
        BlendRules rules = BlendRules.none().excluding(Set.of(ItemId.of("a"))).onlyIf(id -> !id.value().equals("c"));
        assertEquals(List.of("b", "d", "e"), Fixtures.ids(blend.recommend(shopper, 5, rules)));
    }

    @Test
    void capsItemsPerSellerAndPerSubCategory() {
        // sellers a s1, b s1, c s2, d s1, e s3: one per seller keeps a, c, e
        assertEquals(List.of("a", "c", "e"), Fixtures.ids(blend.recommend(shopper, 5, BlendRules.none().maxPerSeller(1))));
        // sub-categories Sneakers, Sneakers, Boots, Caps, Caps: one each keeps a, c, d
        assertEquals(List.of("a", "c", "d"), Fixtures.ids(blend.recommend(shopper, 5, BlendRules.none().maxPerSubCategory(1))));
    }

    @Test
    void newShopperGetsPopularInTheCategory() {
        List<Recommendation> out = blend.recommend(UserHistory.empty(UserId.of("new")), 2, BlendRules.none().inCategory("Hats"));
        assertEquals(List.of("d", "e"), Fixtures.ids(out));
        assertEquals("popular in Hats", out.get(0).reason().text());
        // a history of unknown items is a new shopper too
        List<Recommendation> unknown = blend.recommend(UserHistory.of("y", "zz"), 1, BlendRules.none());
        assertEquals(List.of("d"), Fixtures.ids(unknown));
        assertEquals("popular right now", unknown.get(0).reason().text());
    }

    @Test
    void reasonComesFromTheStrongestContribution() {
        // fixed / 5: a 1, ..., e 0.2; other / 1: e 1, so e = 1.2 > a = 1.0, explained by "other"
        ItemScorer other = new Fixed(data.items(), Map.of("e", 1f), "other");
        BlendRecommender two = new BlendRecommender(List.of(new Component(fixed, 1), new Component(other, 1)), popularity, catalogue);
        List<Recommendation> out = two.recommend(shopper, 2, BlendRules.none());
        assertEquals(List.of("e", "a"), Fixtures.ids(out));
        assertEquals(1.2, out.get(0).score(), 1e-6);
        assertEquals("similar to other", out.get(0).reason().text());
        assertEquals("similar to fixed", out.get(1).reason().text());
    }

    @Test
    void aRecipeReweightsTheSameModels() {
        BlendRecommender two = new BlendRecommender(List.of(new Component(fixed, 1), new Component(popularity, 1)), popularity, catalogue);
        assertEquals(Map.of("Fixed", 1.0, "popularity", 1.0), two.weights());
        BlendRecommender recipe = two.reweighted(Map.of("popularity", 2.0, "Fixed", 0.5));
        assertEquals(List.of("Fixed", "popularity"), List.copyOf(recipe.weights().keySet()), "blend order kept");
        assertEquals(Map.of("Fixed", 0.5, "popularity", 2.0), recipe.weights());
        BlendRecommender built = new BlendRecommender(List.of(new Component(fixed, 0.5), new Component(popularity, 2)), popularity, catalogue);
        org.junit.jupiter.api.Assertions.assertArrayEquals(built.scores(shopper), recipe.scores(shopper), 1e-6f);
        // a: fixed 5/5 = 1 at weight 1, popularity 1/3 at weight 0 -> 1.0; e: 1/5 -> 0.2
        float[] fixedOnly = two.reweighted(Map.of("popularity", 0.0)).scores(shopper);
        assertEquals(1.0, fixedOnly[data.items().indexOf(ItemId.of("a")).orElseThrow()], 1e-6);
        assertEquals(0.2, fixedOnly[data.items().indexOf(ItemId.of("e")).orElseThrow()], 1e-6);
        assertEquals(Map.of("Fixed", 1.0, "popularity", 1.0), two.weights(), "the original blend is unchanged");

        assertThrows(IllegalArgumentException.class, () -> two.reweighted(Map.of("ease", 1.0)), "no such model in this blend");
        assertThrows(IllegalArgumentException.class, () -> two.reweighted(Map.of("popularity", -1.0)));
        assertThrows(IllegalArgumentException.class, () -> two.reweighted(Map.of("popularity", Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> two.reweighted(Map.of("popularity", 0.0, "Fixed", 0.0)));
        assertEquals("popularity", BlendRecommender.nameOf(popularity));
    }

    @Test
    void aRuleSetReplacesTheCallersCaps() {
        // sellers a s1, b s1, c s2, d s1, e s3; sub-categories Sneakers, Sneakers, Boots, Caps, Caps
        BlendRules shopDefault = BlendRules.none().maxPerSeller(3).maxPerSubCategory(3);
        assertEquals(List.of("a", "b", "c", "d", "e"), Fixtures.ids(blend.recommend(shopper, 5, shopDefault)));
        // at most 20 % of 5 = 1 per seller, no cap per sub-category: a (s1), c (s2), e (s3)
        BlendRecommender oneEach = blend.withRules(new RuleSet(0.2, 1.0));
        assertEquals(List.of("a", "c", "e"), Fixtures.ids(oneEach.recommend(shopper, 5, shopDefault)));
        // no seller cap, 1 per sub-category: a, c, d
        assertEquals(List.of("a", "c", "d"), Fixtures.ids(blend.withRules(new RuleSet(1.0, 0.2)).recommend(shopper, 5, shopDefault)));
        // a sub-category asked for stays uncapped by sub-category
        assertEquals(List.of("a", "b"), Fixtures.ids(blend.withRules(new RuleSet(1.0, 0.2))
                .recommend(shopper, 5, shopDefault.maxPerSubCategory(Integer.MAX_VALUE).inSubCategory("Sneakers"))));
        assertEquals(java.util.Optional.of(new RuleSet(0.2, 1.0)), oneEach.ruleSet());
        assertEquals(java.util.Optional.empty(), blend.ruleSet());
        assertEquals(List.of("a", "c", "e"), Fixtures.ids(oneEach.reweighted(Map.of()).recommend(shopper, 5, shopDefault)),
                "a reweighted blend keeps its rules");
        assertThrows(IllegalArgumentException.class, () -> new RuleSet(0, 1));
        assertThrows(IllegalArgumentException.class, () -> RuleSet.of(Map.of("brand", 0.5)));
    }

    @Test
    void goesOnDownTheRankingWhenTheCapsEmptyTheFirstCandidates() {
        // 12 items i01..i12 scored 12..1; the ten best are seller s1's, i11 is s2's and i12 s3's. Two items with one
        // per seller: the 5n = 10 first candidates give only i01, so the list goes on down the ranking to i11
        List<WeightedEvent> events = new java.util.ArrayList<>();
        Map<ItemId, CatalogueEntry> entries = new java.util.HashMap<>();
        Map<String, Float> table = new java.util.HashMap<>();
        for (int i = 1; i <= 12; i++) {
            String id = String.format("i%02d", i);
            events.add(WeightedEvent.of("u" + i, id, 1, 1));
            entries.put(ItemId.of(id), entry(id, "Shoes", "Sneakers", i <= 10 ? "s1" : "s" + (i - 9)));
            table.put(id, 13f - i);
        }
        Interactions many = Interactions.of(events);
        BlendRecommender twelve = new BlendRecommender(List.of(new Component(new Fixed(many.items(), table, "fixed"), 1)),
                new PopularityTrainer(Double.POSITIVE_INFINITY, 1).train(many), entries);
        UserHistory known = UserHistory.of("x", "i01");
        assertEquals(List.of("i01", "i11"), Fixtures.ids(twelve.recommend(known, 2, BlendRules.none().maxPerSeller(1))));
        assertEquals(List.of("i01", "i11", "i12"), Fixtures.ids(twelve.recommend(known, 3, BlendRules.none().maxPerSeller(1))));
        // only three sellers: asked for four, the whole ranking gives three
        assertEquals(List.of("i01", "i11", "i12"), Fixtures.ids(twelve.recommend(known, 4, BlendRules.none().maxPerSeller(1))));
        // and it still skips what the filter refuses on the way down
        assertEquals(List.of("i01", "i12"), Fixtures.ids(twelve.recommend(known, 2,
                BlendRules.none().maxPerSeller(1).onlyIf(id -> !id.value().equals("i11")))));
    }

    @Test
    void modelsMustShareTheItemIndex() {
        ItemScorer foreign = new Fixed(Interactions.of(List.of(WeightedEvent.of("u", "a", 1, 1))).items(), Map.of(), "x");
        assertThrows(IllegalArgumentException.class,
                () -> new BlendRecommender(List.of(new Component(foreign, 1)), popularity, catalogue));
    }

    private static CatalogueEntry entry(String id, String category, String subCategory, String seller) {
        return new CatalogueEntry(ItemId.of(id), category, subCategory, seller);
    }

    /** A test double that scores from a fixed table, whatever the history. */
    private record Fixed(ItemIndex items, Map<String, Float> table, String why) implements ItemScorer {

        @Override
        public float[] scores(UserHistory user) {
            float[] s = new float[items.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = table.getOrDefault(items.get(i).value(), 0f);
            }
            return s;
        }

        @Override
        public Reason reason(UserHistory user, int item) {
            return Reason.about(Reason.Kind.SIMILAR, ItemId.of(why));
        }
    }
}
