package io.vitrine.order;

import io.vitrine.catalog.Page;
import io.vitrine.platform.WriteSteps;

import java.util.Collection;
import java.util.Optional;

/** Where orders are kept. */
public interface OrderRepository {

    Optional<Order> find(String number);

    Page<Order> findByAccount(String accountId, int page, int size);

    Order save(Order order);

    /**
     * Inserts a new order as a step of its placement ({@link WriteSteps}: on disk once the placement awaits them);
     * fails when the number is taken.
     */
    default void insert(Order order, WriteSteps steps) {
        save(order);
    }

    void insertAll(Collection<Order> orders);

    long count();
}
