package io.vitrine.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: MongoDB (embedded or real) answers a query. It asks the database itself (a {@code ping}) rather than a
 * feature's repository, so the platform stays below the features.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Inject
    MongoConnection connection;

    @Inject
    PlatformSettings settings;

    @Override
    public HealthCheckResponse call() {
        String server = settings.embeddedMongo() ? "embedded mongo-java-server (H2)" : "external MongoDB";
        try {
            connection.database().runCommand(new Document("ping", 1));
            return HealthCheckResponse.named("mongodb").up()
                    .withData("server", server)
                    .withData("database", settings.databaseName()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("mongodb").down()
                    .withData("server", server)
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
