package io.vitrine.order;

import io.vitrine.platform.MongoStore;
import io.vitrine.catalog.Page;
import io.vitrine.platform.WriteSteps;
import jakarta.data.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.jnosql.communication.semistructured.CriteriaCondition;
import org.eclipse.jnosql.communication.semistructured.SelectQuery;
import org.eclipse.jnosql.databases.mongodb.communication.VitrineDocuments;
import org.eclipse.jnosql.mapping.semistructured.EntityConverter;

import java.util.List;

/** {@link OrderRepository} on MongoDB through JNoSQL. */
@ApplicationScoped
public class MongoOrderRepository extends MongoStore<Order> implements OrderRepository {

    public MongoOrderRepository() {
        super(Order.class, Order::number);
    }

    @Inject
    EntityConverter converter;

    /** The conditional writes on orders ({@link OrderRecords}) over the same database, and its write steps. */
    @jakarta.enterprise.inject.Produces
    OrderRecords records() {
        return new OrderRecords(connection.database(), connection.steps());
    }

    /** The document JNoSQL makes of the order, inserted on the driver, which can write it as a step. */
    @Override
    public void insert(Order order, WriteSteps steps) {
        steps.on(connection.database().getCollection(OrderRecords.ORDERS))
                .insertOne(VitrineDocuments.toDocument(converter.toCommunication(order)));
    }

    @Override
    public Page<Order> findByAccount(String accountId, int page, int size) {
        List<Order> items = template.<Order>select(accountPage(accountId, page, size)).toList();
        long total = template.count(SelectQuery.builder().from(OrderRecords.ORDERS).where(ofAccount(accountId)).build());
        return new Page<>(items, total, page, size);
    }

    /**
     * Newest first, then by number: a total order, so that skipping pages neither repeats nor skips orders placed in
     * the same millisecond (MongoDB does not keep ties in one order from one query to the next).
     */
    static SelectQuery accountPage(String accountId, int page, int size) {
        return SelectQuery.builder().from(OrderRecords.ORDERS).where(ofAccount(accountId))
                .sort(Sort.desc("placedAt")).sort(Sort.desc("_id")).skip((long) page * size).limit(size).build();
    }

    private static CriteriaCondition ofAccount(String accountId) {
        return CriteriaCondition.eq("accountId", accountId);
    }
}
