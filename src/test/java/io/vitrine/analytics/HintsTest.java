package io.vitrine.analytics;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HintsTest {

    /** The seller converts 5 % of views; a quarter of their products have 40 views or more. */
    static final Hints.Context SHOP = new Hints.Context(0.05, 40);

    static Hints.Facts facts(long views, long purchases, int stock, Double vsMedian) {
        return new Hints.Facts(views, purchases, stock, Optional.ofNullable(vsMedian), Optional.empty(), 0, 0, 0, 0);
    }

    @Test
    void manyViewsFewSalesAndDearSaysByHowMuch() {
        // 100 views, 1 sale = 1 % < half of 5 %; priced 30 % above the median
        assertEquals(List.of(new Hint(Hint.Kind.OVERPRICED, 30)), Hints.of(facts(100, 1, 10, 0.30), SHOP));
    }

    @Test
    void manyViewsFewSalesAtAFairPrice() {
        assertEquals(List.of(new Hint(Hint.Kind.FEW_SALES, 0)), Hints.of(facts(100, 1, 10, 0.05), SHOP));
    }

    @Test
    void fewViewsOrGoodSalesGiveNoPriceAdvice() {
        assertEquals(List.of(), Hints.of(facts(30, 0, 10, 0.30), SHOP), "30 views is below the seller's top quarter");
        assertEquals(List.of(), Hints.of(facts(100, 5, 10, 0.30), SHOP), "5 % converts as well as the seller's average");
    }

    @Test
    void lowStockOnATrendingProduct() {
        // 30 views last week against 10 the week before: +200 %; 4 left
        Hints.Facts f = new Hints.Facts(50, 3, 4, Optional.of(0.0), Optional.empty(), 0, 30, 10, 1);
        assertTrue(Hints.trending(f));
        assertEquals(List.of(new Hint(Hint.Kind.LOW_STOCK_TRENDING, 200)), Hints.of(f, SHOP));
        Hints.Facts plenty = new Hints.Facts(50, 3, 40, Optional.of(0.0), Optional.empty(), 0, 30, 10, 1);
        assertEquals(List.of(), Hints.of(plenty, SHOP));
        Hints.Facts flat = new Hints.Facts(50, 3, 4, Optional.of(0.0), Optional.empty(), 0, 12, 10, 1);
        assertFalse(Hints.trending(flat));
    }

    @Test
    void outOfStockNoViewsLowRatingUnderpriced() {
        assertEquals(List.of(new Hint(Hint.Kind.OUT_OF_STOCK, 0)), Hints.of(facts(5, 0, 0, null), SHOP));
        assertEquals(List.of(new Hint(Hint.Kind.NO_VIEWS, 0)), Hints.of(facts(0, 0, 3, null), SHOP));
        Hints.Facts disliked = new Hints.Facts(10, 1, 5 + 1, Optional.empty(), Optional.of(2.5), 4, 0, 0, 0);
        assertEquals(List.of(new Hint(Hint.Kind.LOW_RATING, 0)), Hints.of(disliked, SHOP));
        // 10 % conversion (twice the seller's) at 20 % below the median
        assertEquals(List.of(new Hint(Hint.Kind.UNDERPRICED, 20)), Hints.of(facts(30, 3, 10, -0.20), SHOP));
    }
}
