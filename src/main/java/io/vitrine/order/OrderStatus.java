package io.vitrine.order;

/** An order's life. It only moves forward, except that a placed or paid order can be cancelled. */
public enum OrderStatus {
    PLACED, PAID, SHIPPED, DELIVERED, CANCELLED;

    public boolean canMoveTo(OrderStatus next) {
        if (next == CANCELLED) {
            return this == PLACED || this == PAID;
        }
        return this != CANCELLED && next.ordinal() == ordinal() + 1;
    }
}
