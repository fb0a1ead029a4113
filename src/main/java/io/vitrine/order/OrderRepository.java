package io.vitrine.order;

import io.vitrine.catalog.Page;

import java.util.Collection;
import java.util.Optional;

/** Where orders are kept. */
public interface OrderRepository {

    Optional<Order> find(String number);

    Page<Order> findByAccount(String accountId, int page, int size);

    Order save(Order order);

    void insertAll(Collection<Order> orders);

    long count();
}
