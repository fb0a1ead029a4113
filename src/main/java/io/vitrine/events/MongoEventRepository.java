package io.vitrine.events;

import jakarta.data.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.jnosql.communication.semistructured.CriteriaCondition;
import org.eclipse.jnosql.communication.semistructured.SelectQuery;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** {@link EventRepository} on MongoDB through JNoSQL. */
@ApplicationScoped
public class MongoEventRepository implements EventRepository {

    private static final String COLLECTION = "events";

    @Inject
    MongoDBTemplate template;
    @Inject
    io.vitrine.platform.BulkWriter bulk;

    @Override
    public int insertNew(Collection<Interaction> events) {
        if (events.isEmpty()) {
            return 0;
        }
        List<String> ids = events.stream().map(Interaction::id).toList();
        Set<String> known = new HashSet<>();
        template.<Interaction>select(SelectQuery.builder().from(COLLECTION).where(CriteriaCondition.in("_id", ids)).build())
                .forEach(e -> known.add(e.id()));
        List<Interaction> fresh = events.stream().filter(e -> known.add(e.id())).toList();
        if (!fresh.isEmpty()) {
            bulk.insertAll(fresh);
        }
        return fresh.size();
    }

    @Override
    public void insertAll(Collection<Interaction> events) {
        bulk.insertAll(events);
    }

    @Override
    public List<Interaction> findByUser(String userId, int limit) {
        return template.<Interaction>select(SelectQuery.builder().from(COLLECTION)
                .where(CriteriaCondition.eq("userId", userId)).sort(Sort.desc("occurredAt")).limit(limit).build()).toList();
    }

    @Override
    public Stream<Interaction> streamSince(Instant since) {
        return template.select(SelectQuery.builder().from(COLLECTION)
                .where(CriteriaCondition.gte("occurredAt", since.toEpochMilli())).sort(Sort.asc("occurredAt")).build());
    }

    @Override
    public List<Interaction> reassign(String fromUser, String toUser, int limit) {
        List<Interaction> moved = findByUser(fromUser, limit).stream().map(e -> e.withUser(toUser)).toList();
        moved.forEach(template::update);
        return moved;
    }

    @Override
    public long count() {
        return template.count(Interaction.class);
    }
}
