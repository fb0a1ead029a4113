package io.vitrine.search;

import io.vitrine.catalog.ProductId;
import io.vitrine.events.InteractionType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PopularityTest {

    @Test
    void weighsViewsCartsAndPurchases() {
        Popularity p = Popularity.none()
                .add(InteractionType.VIEW, "a", 2)          // 2 x 1
                .add(InteractionType.ADD_TO_CART, "a", 1)   // 1 x 3
                .add(InteractionType.PURCHASE, "a", 1)      // 1 x 5
                .add(InteractionType.VIEW, "b", 4);
        assertEquals(10.0, p.signals(new ProductId("a")).popularity());
        assertEquals(4.0, p.signals(new ProductId("b")).popularity());
        assertEquals(2, p.size());
    }

    @Test
    void ignoresOtherKindsEmptyCountsAndUnknownProducts() {
        Popularity p = Popularity.none()
                .add(InteractionType.SEARCH, "a", 7)
                .add(InteractionType.RATING, "a", 7)
                .add(InteractionType.VIEW, "a", 0)
                .add(InteractionType.VIEW, null, 3);
        assertEquals(ProductSignals.NONE, p.signals(new ProductId("a")));
        assertEquals(ProductSignals.NONE, p.signals(new ProductId("never-seen")));
        assertEquals(0, p.size());
    }
}
