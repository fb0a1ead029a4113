package io.vitrine.order;

import java.util.Objects;

/**
 * A CDI event fired after an order was stored; the seller dashboards observe it to keep revenue current without
 * re-reading the orders collection.
 */
public record OrderPlaced(Order order) {

    public OrderPlaced {
        Objects.requireNonNull(order, "order");
    }
}
