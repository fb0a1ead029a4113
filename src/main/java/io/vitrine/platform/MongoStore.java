package io.vitrine.platform;

import jakarta.data.Sort;
import jakarta.inject.Inject;
import jakarta.nosql.Entity;
import org.eclipse.jnosql.communication.semistructured.SelectQuery;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The reads and writes every JNoSQL repository of one entity does the same way (find by id, insert-or-replace, count,
 * the whole collection in its order, bulk inserts); a feature's {@code Mongo*Repository} extends it and adds its own
 * queries.
 *
 * @param <T> the entity, annotated {@code @Entity("collection")}
 */
public abstract class MongoStore<T> {

    @Inject
    protected MongoDBTemplate template;
    @Inject
    protected BulkWriter bulk;
    @Inject
    protected MongoConnection connection;

    private final Class<T> type;
    private final Function<T, String> id;
    private final List<Sort<?>> order;

    /** {@code order}: the order of {@link #findAll} (none: as stored). */
    protected MongoStore(Class<T> type, Function<T, String> id, Sort<?>... order) {
        this.type = Objects.requireNonNull(type, "type");
        this.id = Objects.requireNonNull(id, "id");
        this.order = List.of(order);
    }

    public Optional<T> find(String id) {
        return template.find(type, id);
    }

    /** Inserts an entity whose id is not stored yet, replaces the stored one otherwise. */
    public T save(T entity) {
        return find(id.apply(entity)).isPresent() ? template.update(entity) : template.insert(entity);
    }

    public long count() {
        return template.count(type);
    }

    /** Every entity of the collection, in the store's order. */
    public List<T> findAll() {
        SelectQuery.QueryBuilder query = SelectQuery.builder().from(collection());
        order.forEach(query::sort);
        return template.<T>select(query.build()).toList();
    }

    /** Inserts entities known to be new in batches, without reading them first (imports, the demo store). */
    public void insertAll(Collection<T> entities) {
        bulk.insertAll(entities);
    }

    /** The collection named by the entity's {@code @Entity}. */
    protected String collection() {
        return type.getAnnotation(Entity.class).value();
    }
}
