package io.vitrine.order;

import io.vitrine.catalog.Page;
import jakarta.data.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.jnosql.communication.semistructured.CriteriaCondition;
import org.eclipse.jnosql.communication.semistructured.SelectQuery;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link OrderRepository} on MongoDB through JNoSQL. */
@ApplicationScoped
public class MongoOrderRepository implements OrderRepository {

    @Inject
    MongoDBTemplate template;
    @Inject
    io.vitrine.platform.BulkWriter bulk;
    @Inject
    io.vitrine.platform.MongoConnection connection;

    /** The conditional writes on orders ({@link OrderRecords}) over the same database. */
    @jakarta.enterprise.inject.Produces
    OrderRecords records() {
        return new OrderRecords(connection.database());
    }

    @Override
    public Optional<Order> find(String number) {
        return template.find(Order.class, number);
    }

    @Override
    public Page<Order> findByAccount(String accountId, int page, int size) {
        CriteriaCondition mine = CriteriaCondition.eq("accountId", accountId);
        List<Order> items = template.<Order>select(SelectQuery.builder().from("orders").where(mine)
                .sort(Sort.desc("placedAt")).skip((long) page * size).limit(size).build()).toList();
        long total = template.count(SelectQuery.builder().from("orders").where(mine).build());
        return new Page<>(items, total, page, size);
    }

    @Override
    public Order save(Order order) {
        return find(order.number()).isPresent() ? template.update(order) : template.insert(order);
    }

    @Override
    public void insertAll(Collection<Order> orders) {
        bulk.insertAll(orders);
    }

    @Override
    public long count() {
        return template.count(Order.class);
    }
}
