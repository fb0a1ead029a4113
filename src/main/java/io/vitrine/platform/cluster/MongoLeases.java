package io.vitrine.platform.cluster;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Clock;
import java.time.Duration;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

/**
 * {@link Leases} as documents of one collection ({@code cluster_leases}), one per name: {@code holder} and
 * {@code until} (epoch ms). Taking is one atomic {@code findOneAndUpdate} whose filter matches only a lease this
 * node holds or one that has expired, so two nodes never both get it; the first taking of a name inserts the
 * document, and a second node inserting it at the same moment collides on {@code _id}. Works on the embedded server
 * and on a replica set (majority writes).
 */
public final class MongoLeases implements Leases {

    static final String COLLECTION = "cluster_leases";
    private static final FindOneAndUpdateOptions AFTER = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);

    private final MongoCollection<Document> leases;
    private final String node;
    private final Clock clock;

    public MongoLeases(MongoDatabase database, String node, Clock clock) {
        this.leases = database.getCollection(COLLECTION);
        this.node = node;
        this.clock = clock;
    }

    @Override
    public boolean acquire(String name, Duration ttl) {
        long now = clock.millis();
        return take(name, or(eq("holder", node), lt("until", now)), now + ttl.toMillis());
    }

    @Override
    public void release(String name) {
        leases.deleteOne(and(eq("_id", name), eq("holder", node)));
    }

    @Override
    public boolean claim(String name, Duration period) {
        long now = clock.millis();
        return take("claim:" + name, lt("since", now - period.toMillis()), now + period.toMillis());
    }

    /**
     * Sets this node as holder where {@code free} matches; when the lease document does not exist yet, creates it
     * (insert: of two nodes creating it at once, the second collides on {@code _id} and is told "not yours").
     */
    private boolean take(String id, Bson free, long until) {
        long now = clock.millis();
        Document taken = leases.findOneAndUpdate(and(eq("_id", id), free),
                combine(set("holder", node), set("until", until), set("since", now)), AFTER);
        if (taken != null) {
            return node.equals(taken.getString("holder"));
        }
        if (leases.find(eq("_id", id)).first() != null) {
            return false;
        }
        try {
            leases.insertOne(new Document("_id", id).append("holder", node).append("until", until).append("since", now));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
