package io.vitrine.order;

import io.vitrine.platform.MongoStore;
import io.vitrine.catalog.Page;
import jakarta.data.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.jnosql.communication.semistructured.CriteriaCondition;
import org.eclipse.jnosql.communication.semistructured.SelectQuery;

import java.util.List;

/** {@link OrderRepository} on MongoDB through JNoSQL. */
@ApplicationScoped
public class MongoOrderRepository extends MongoStore<Order> implements OrderRepository {

    public MongoOrderRepository() {
        super(Order.class, Order::number);
    }

    /** The conditional writes on orders ({@link OrderRecords}) over the same database. */
    @jakarta.enterprise.inject.Produces
    OrderRecords records() {
        return new OrderRecords(connection.database());
    }

    @Override
    public Page<Order> findByAccount(String accountId, int page, int size) {
        CriteriaCondition mine = CriteriaCondition.eq("accountId", accountId);
        List<Order> items = template.<Order>select(SelectQuery.builder().from(collection()).where(mine)
                .sort(Sort.desc("placedAt")).skip((long) page * size).limit(size).build()).toList();
        long total = template.count(SelectQuery.builder().from(collection()).where(mine).build());
        return new Page<>(items, total, page, size);
    }
}
