package io.vitrine.platform;

import io.vitrine.platform.startup.StartupStep;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The secondary indexes the shop's queries need on a real MongoDB: a shopper's events by time, a seller's products,
 * a category page, old stock holds, an account's orders, a model kind's versions. Created at start-up
 * ({@code createIndexes} is a no-op for indexes that exist). The embedded server serves only the indexes of
 * {@link #EMBEDDED} ({@link FieldIndex}: a shopper's events, events by time; every other query there reads the whole
 * collection, and the library would re-read a collection for each index it ignores at every start), unless
 * {@code vitrine.mongodb.indexes=true}. A feature that adds a query on a new field adds its index here.
 */
@ApplicationScoped
public class MongoIndexes implements StartupStep {

    private static final Logger LOG = Logger.getLogger(MongoIndexes.class.getName());

    /** Collection -> indexes, in the order the queries of each repository use the fields. */
    static final Map<String, List<IndexModel>> INDEXES = Map.of(
            "products", List.of(
                    new IndexModel(Indexes.ascending("sellerId")),
                    new IndexModel(Indexes.ascending("category", "subCategory", "priceCents")),
                    new IndexModel(Indexes.ascending("subCategory", "priceCents")),
                    new IndexModel(Indexes.descending("createdAt")),
                    new IndexModel(Indexes.ascending("sourceRef"), new IndexOptions().sparse(true)),
                    // the order sweep's look-up of old stock holds (ProductWrites.holdsBefore), every minute
                    new IndexModel(Indexes.ascending("stockHolds.at"))),
            "events", List.of(
                    new IndexModel(Indexes.compoundIndex(Indexes.ascending("userId"), Indexes.descending("occurredAt"))),
                    new IndexModel(Indexes.ascending("occurredAt")),
                    new IndexModel(Indexes.ascending("productId", "type"))),
            "orders", List.of(
                    new IndexModel(Indexes.compoundIndex(Indexes.ascending("accountId"), Indexes.descending("placedAt"))),
                    new IndexModel(Indexes.compoundIndex(Indexes.ascending("sellerIds"), Indexes.descending("placedAt")))),
            "reviews", List.of(
                    new IndexModel(Indexes.compoundIndex(Indexes.ascending("productId"), Indexes.descending("createdAt")))),
            "model_versions", List.of(
                    new IndexModel(Indexes.compoundIndex(Indexes.ascending("kind"), Indexes.descending("version")))));

    /**
     * The indexes the embedded server keeps too (the first two of {@code events}): a log-in's merge and a shopper's
     * history find the events by {@code userId}, the analytics roll-up the events since its last one.
     */
    static final Map<String, List<IndexModel>> EMBEDDED = Map.of("events", INDEXES.get("events").subList(0, 2));

    @Inject
    MongoConnection connection;

    @Inject
    PlatformSettings settings;

    @Override
    public Phase phase() {
        return Phase.SCHEMA;
    }

    @Override
    public String name() {
        return "mongodb-indexes";
    }

    @Override
    public void onStartup() {
        if (settings.createIndexes()) {
            create(connection.database());
        } else if (settings.embeddedMongo()) {
            create(connection.database(), EMBEDDED);
        }
    }

    /** Creates every index; a failure is logged and the shop goes on (queries still work, only slower). */
    static int create(MongoDatabase database) {
        return create(database, INDEXES);
    }

    static int create(MongoDatabase database, Map<String, List<IndexModel>> indexes) {
        int created = 0;
        for (Map.Entry<String, List<IndexModel>> e : indexes.entrySet()) {
            try {
                created += database.getCollection(e.getKey()).createIndexes(e.getValue()).size();
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "could not create the indexes of " + e.getKey() + ": " + failure.getMessage());
            }
        }
        LOG.info("MongoDB indexes in place: " + created);
        return created;
    }
}
