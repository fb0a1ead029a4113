package io.vitrine.events;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Updates;
import io.vitrine.platform.MongoStore;
import jakarta.data.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.eclipse.jnosql.communication.semistructured.CriteriaCondition;
import org.eclipse.jnosql.communication.semistructured.SelectQuery;
import org.eclipse.jnosql.databases.mongodb.communication.VitrineDocuments;
import org.eclipse.jnosql.mapping.semistructured.EntityConverter;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@link EventRepository} on MongoDB through JNoSQL. */
@ApplicationScoped
public class MongoEventRepository extends MongoStore<Interaction> implements EventRepository {

    private static final String COLLECTION = "events";

    @Inject
    EntityConverter converter;

    public MongoEventRepository() {
        super(Interaction.class, Interaction::id);
    }

    /**
     * Inserts the events unordered, each id once: the duplicate-key error of an id stored already (an earlier send,
     * or an identical retry racing this one) means "stored already" and counts as a duplicate, not as a failure.
     * No read first: one round trip, and a batch of retries still waits for the disk like any write, so it is never
     * acknowledged before the events it repeats are durable.
     */
    @Override
    public int insertNew(Collection<Interaction> events) {
        Set<String> once = new HashSet<>();
        List<Document> fresh = events.stream().filter(e -> once.add(e.id()))
                .map(e -> VitrineDocuments.toDocument(converter.toCommunication(e))).toList();
        return insertIgnoringDuplicates(connection.database().getCollection(COLLECTION), fresh);
    }

    /** Inserts the documents; those whose {@code _id} is stored already are skipped. Returns how many were new. */
    static int insertIgnoringDuplicates(MongoCollection<Document> collection, List<Document> documents) {
        if (documents.isEmpty()) {
            return 0;
        }
        try {
            collection.insertMany(documents, new InsertManyOptions().ordered(false));
            return documents.size();
        } catch (MongoBulkWriteException e) {
            List<BulkWriteError> other = e.getWriteErrors().stream()
                    .filter(w -> ErrorCategory.fromErrorCode(w.getCode()) != ErrorCategory.DUPLICATE_KEY).toList();
            if (!other.isEmpty() || e.getWriteConcernError() != null) {
                throw e;
            }
            return documents.size() - e.getWriteErrors().size();
        }
    }

    /**
     * A query by {@code userId}: served by the {@code userId} index of {@code platform/MongoIndexes} on a real MongoDB
     * and, on the embedded server, by its {@code FieldIndex} of the same definition (it would otherwise read every
     * stored event).
     */
    @Override
    public List<Interaction> findByUser(String userId, int limit) {
        return template.<Interaction>select(SelectQuery.builder().from(COLLECTION)
                .where(CriteriaCondition.eq("userId", userId)).sort(Sort.desc("occurredAt")).limit(limit).build()).toList();
    }

    /** One indexed read and one update of those events by id: one durable commit, not one per event. */
    @Override
    public List<Interaction> reassign(String fromUser, String toUser, int limit) {
        List<Interaction> found = findByUser(fromUser, limit);
        if (found.isEmpty()) {
            return List.of();
        }
        connection.database().getCollection(COLLECTION).updateMany(
                Filters.and(Filters.in("_id", found.stream().map(Interaction::id).toList()), Filters.eq("userId", fromUser)),
                Updates.set("userId", toUser));
        return found.stream().map(e -> e.withUser(toUser)).toList();
    }
}
