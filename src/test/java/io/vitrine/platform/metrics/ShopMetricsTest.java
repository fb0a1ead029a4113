package io.vitrine.platform.metrics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

class ShopMetricsTest {

    @Test
    void labelsAreShortCodesNeverFreeText() {
        assertEquals("bought-together", ShopMetrics.label("bought-together"));
        assertEquals("order_status", ShopMetrics.label("Order Status"));
        assertEquals("other", ShopMetrics.label("<script>alert(1)</script>"));
        assertEquals("other", ShopMetrics.label("x".repeat(41)));
        assertEquals("other", ShopMetrics.label(null));
    }

    @Test
    void theServicesDefaultDoesNothingWithoutARegistry() {
        assertDoesNotThrow(() -> {
            ShopMetrics.NONE.listServed("user", 3);
            ShopMetrics.NONE.jobFinished("shop-blend", "LIVE", java.time.Duration.ofSeconds(12));
            ShopMetrics.NONE.searched(3_000_000, true);
            ShopMetrics.NONE.chatMessage("greeting", true);
            ShopMetrics.NONE.photoSearch(true);
            ShopMetrics.NONE.eventsIngested(5);
        });
    }
}
