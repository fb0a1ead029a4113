package io.vitrine.events;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.vitrine.platform.BulkWriter;
import io.vitrine.platform.MongoStore;
import io.vitrine.platform.WriteSteps;
import io.vitrine.platform.startup.StartupStep;
import jakarta.data.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.eclipse.jnosql.communication.semistructured.CriteriaCondition;
import org.eclipse.jnosql.communication.semistructured.SelectQuery;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link EventRepository} on MongoDB through JNoSQL. As a start-up step of the first phase it reads (or, on the
 * first start with ordered ids, writes) the note of which ids the stored events have, before the demo store or anything
 * else stores events.
 */
@ApplicationScoped
public class MongoEventRepository extends MongoStore<Interaction> implements EventRepository, StartupStep {

    private static final String COLLECTION = "events";
    /** Where the database notes which ids its events have ({@link #mayHoldLegacyIds}). */
    private static final String ID_SCHEMES = "event_id_schemes";
    private static final String SCHEME = "events";

    /** Decided once per process, from the note in the database. */
    private volatile Boolean legacyIds;

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
        List<Document> fresh = events.stream().filter(e -> once.add(e.id())).map(MongoEventRepository::document).toList();
        return insertIgnoringDuplicates(connection.database().getCollection(COLLECTION), fresh);
    }

    /** Inserts events with fresh ids (the shop's own, generators, imports), in order, in {@link BulkWriter}'s batches. */
    @Override
    public void insertAll(Collection<Interaction> events) {
        insertAll(events, WriteSteps.eachDurable());
    }

    @Override
    public void insertAll(Collection<Interaction> events, WriteSteps steps) {
        BulkWriter.insertDocuments(steps.on(connection.database().getCollection(COLLECTION)),
                events.stream().map(MongoEventRepository::document).iterator());
    }

    /**
     * The event's document, built directly: the one JNoSQL's mapping makes of an {@link Interaction} (every field,
     * absent values null, the type by its name, times in epoch milliseconds), without its per-field look-ups of
     * metadata and converters, which were 17 % of a batch's time in session 7's profile. JNoSQL still reads them.
     */
    static Document document(Interaction e) {
        return new Document("_id", e.id())
                .append("type", e.type().name())
                .append("userId", e.userId())
                .append("productId", e.productId().orElse(null))
                .append("occurredAt", e.occurredAt().toEpochMilli())
                .append("source", e.source().orElse(null))
                .append("rating", e.rating().orElse(null))
                .append("quantity", e.quantity())
                .append("query", e.query().orElse(null))
                .append("resultCount", e.resultCount().orElse(null));
    }

    @Override
    public Phase phase() {
        return Phase.SCHEMA;
    }

    @Override
    public String name() {
        return "event-ids";
    }

    @Override
    public void onStartup() {
        mayHoldLegacyIds();
    }

    @Override
    public Set<String> storedIds(Collection<String> ids) {
        return storedIds(connection.database().getCollection(COLLECTION), ids);
    }

    /** One query by the {@code _id} index, answering ids only. */
    static Set<String> storedIds(MongoCollection<Document> collection, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<String> stored = new HashSet<>();
        collection.find(Filters.in("_id", Set.copyOf(ids))).projection(Projections.include("_id"))
                .forEach(d -> stored.add(String.valueOf(d.get("_id"))));
        return stored;
    }

    /**
     * Read from a note the first process with ordered ids leaves in the database: whether the events collection held
     * events then (by the server's count of the collection, no read of the events). Later starts read the note, so a
     * shop that began with ordered ids never looks old ids up, and one that did not always does.
     */
    @Override
    public boolean mayHoldLegacyIds() {
        Boolean known = legacyIds;
        if (known == null) {
            known = readOrWriteIdScheme();
            legacyIds = known;
        }
        return known;
    }

    private synchronized boolean readOrWriteIdScheme() {
        return legacyIdsNoted(connection.database());
    }

    /** The note's answer, written first if there is none yet (by whichever node or process comes first). */
    static boolean legacyIdsNoted(MongoDatabase database) {
        MongoCollection<Document> notes = database.getCollection(ID_SCHEMES);
        Document note = notes.find(Filters.eq("_id", SCHEME)).first();
        if (note == null) {
            boolean before = database.getCollection(COLLECTION).estimatedDocumentCount() > 0;
            try {
                notes.insertOne(new Document("_id", SCHEME).append("ordered", true).append("legacyIds", before)
                        .append("since", System.currentTimeMillis()));
                return before;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                note = notes.find(Filters.eq("_id", SCHEME)).first(); // another process wrote it first
            }
        }
        return note == null || !Boolean.FALSE.equals(note.get("legacyIds"));
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
