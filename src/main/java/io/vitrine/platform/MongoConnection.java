package io.vitrine.platform;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.jnosql.databases.mongodb.communication.MongoDBDocumentConfiguration;
import org.eclipse.jnosql.databases.mongodb.communication.MongoDBDocumentManager;

import java.util.logging.Logger;

/**
 * The one MongoDB client of the application. JNoSQL 1.1's own producer of {@link MongoDBDocumentManager} is
 * {@code @Dependent} and its template looks the manager up on every operation, so each query opened a new
 * {@code MongoClient} and a busy shop ran out of file descriptors. {@link JNoSqlManagerVeto} removes that producer;
 * this one hands JNoSQL one manager over one pooled client, which aggregations can also use directly.
 */
@ApplicationScoped
public class MongoConnection {

    private static final Logger LOG = Logger.getLogger(MongoConnection.class.getName());

    @Inject
    PlatformSettings settings;

    private volatile MongoClient client;

    private synchronized MongoClient client() {
        if (client == null) {
            ConnectionString connection = new ConnectionString(settings.mongoUrl());
            MongoClientSettings clientSettings = clientSettings(connection);
            client = MongoClients.create(clientSettings);
            LOG.info(() -> "MongoDB client opened on database '" + settings.databaseName() + "', write concern "
                    + clientSettings.getWriteConcern());
        }
        return client;
    }

    /**
     * Every write, JNoSQL's included (it uses this client), is acknowledged only once a majority of the replica set
     * has it in its journal: an answered write survives a crash or a fail-over. A write concern in the URL wins
     * (an operator's explicit choice). The embedded server is durable on its own ({@link DurableH2Backend}).
     */
    static MongoClientSettings clientSettings(ConnectionString connection) {
        MongoClientSettings.Builder builder = MongoClientSettings.builder().applyConnectionString(connection);
        if (connection.getWriteConcern() == null) {
            builder.writeConcern(WriteConcern.MAJORITY.withJournal(true));
        }
        return builder.build();
    }

    public MongoDatabase database() {
        return client().getDatabase(settings.databaseName());
    }

    /**
     * How a request's writes that form one acknowledgement reach the disk ({@link WriteSteps}): grouped on the
     * embedded server of this JVM (the one {@code jnosql.mongodb.url} names while it runs), each durable otherwise.
     */
    public WriteSteps steps() {
        return settings.embeddedMongo() ? EmbeddedMongo.backend().map(WriteSteps::grouped).orElse(WriteSteps.eachDurable())
                : WriteSteps.eachDurable();
    }

    @Produces
    @Singleton
    @Typed(MongoDBDocumentManager.class)
    MongoDBDocumentManager documentManager() {
        return new MongoDBDocumentConfiguration().get(client()).apply(settings.databaseName());
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
