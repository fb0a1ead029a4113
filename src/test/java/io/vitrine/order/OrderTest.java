package io.vitrine.order;

import io.vitrine.catalog.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OrderTest {

    static final Instant T = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    void totalsComeFromTheLines() {
        Order order = new Order("VT-00000042", "a@b.io", List.of(
                new OrderLine("p1", "s1", "Mug", Money.euros(1250), 2),
                new OrderLine("p2", "s2", "Tea", Money.euros(799), 1)), T);
        // 2 x 12.50 + 1 x 7.99 = 32.99
        assertEquals(3299, order.total().cents());
        assertEquals(3, order.units());
        assertEquals(List.of("s1", "s2"), order.sellerIds());
        assertEquals(OrderStatus.PLACED, order.status());
    }

    @Test
    void statusOnlyMovesForward() {
        Order order = new Order("VT-00000043", "a@b.io", List.of(new OrderLine("p1", "s1", "Mug", Money.euros(100), 1)), T);
        assertThrows(IllegalStateException.class, () -> order.moveTo(OrderStatus.SHIPPED, T));
        Order shipped = order.moveTo(OrderStatus.PAID, T).moveTo(OrderStatus.SHIPPED, T);
        assertThrows(IllegalStateException.class, () -> shipped.moveTo(OrderStatus.CANCELLED, T));
        Order delivered = shipped.moveTo(OrderStatus.DELIVERED, T);
        assertEquals(OrderStatus.DELIVERED, delivered.status());
    }

    @Test
    void invalidOrdersAreRefused() {
        OrderLine line = new OrderLine("p1", "s1", "Mug", Money.euros(100), 1);
        assertThrows(IllegalArgumentException.class, () -> new Order("42", "a@b.io", List.of(line), T));
        assertThrows(IllegalArgumentException.class, () -> new Order("VT-00000001", "a@b.io", List.of(), T));
        assertThrows(IllegalArgumentException.class, () -> new OrderLine("p1", "s1", "Mug", Money.euros(100), 0));
        assertThrows(IllegalArgumentException.class, () -> new OrderLine("p1", "s1", "Mug", Money.euros(100), 100));
    }
}
