package io.vitrine.platform.cluster;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.inc;

/**
 * {@link ChangeLog} in two collections: {@code cluster_counters} holds the last sequence number (taken with an
 * atomic {@code $inc}), {@code changes} one document per change whose {@code _id} is its sequence number, so a
 * follower's "anything new?" is one read by id and "what is new?" one range on {@code _id}. Taking a number and
 * inserting the change are two writes: a follower may briefly see a number whose change is not stored yet, which
 * {@link ChangeFollower} waits for.
 */
public final class MongoChangeLog implements ChangeLog {

    static final String CHANGES = "changes";
    static final String COUNTERS = "cluster_counters";
    private static final String COUNTER = "changes";

    private final MongoCollection<Document> changes;
    private final MongoCollection<Document> counters;
    private final String node;
    private final Clock clock;

    public MongoChangeLog(MongoDatabase database, String node, Clock clock) {
        this.changes = database.getCollection(CHANGES);
        this.counters = database.getCollection(COUNTERS);
        this.node = node;
        this.clock = clock;
    }

    @Override
    public void append(String topic, String key, String value) {
        long sequence = next();
        changes.insertOne(new Document("_id", sequence).append("topic", topic).append("key", key).append("value", value)
                .append("node", node).append("at", clock.millis()));
    }

    /** The next sequence number; the counter is created by the first append (two first appends: one retries). */
    private long next() {
        FindOneAndUpdateOptions upsert = new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
        Document counter;
        try {
            counter = counters.findOneAndUpdate(eq("_id", COUNTER), inc("seq", 1L), upsert);
        } catch (MongoException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            counter = counters.findOneAndUpdate(eq("_id", COUNTER), inc("seq", 1L), upsert);
        }
        return ((Number) counter.get("seq")).longValue();
    }

    @Override
    public long last() {
        Document counter = counters.find(eq("_id", COUNTER)).first();
        return counter == null ? 0 : ((Number) counter.get("seq")).longValue();
    }

    @Override
    public List<Change> after(long sequence, int limit) {
        List<Change> out = new ArrayList<>();
        for (Document d : changes.find(gt("_id", sequence)).sort(Sorts.ascending("_id")).limit(limit)) {
            out.add(new Change(((Number) d.get("_id")).longValue(), d.getString("topic"), d.getString("key"),
                    d.getString("value"), d.getString("node"), Instant.ofEpochMilli(((Number) d.get("at")).longValue())));
        }
        return out;
    }

    @Override
    public long trim(Instant before) {
        return changes.deleteMany(lt("at", before.toEpochMilli())).getDeletedCount();
    }
}
