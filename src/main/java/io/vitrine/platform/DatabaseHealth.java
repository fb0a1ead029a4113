package io.vitrine.platform;

import io.vitrine.catalog.ProductRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: MongoDB (embedded or real) answers a query. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Inject
    ProductRepository products;

    @Inject
    @ConfigProperty(name = "vitrine.mongodb.embedded", defaultValue = "true")
    boolean embedded;

    @Override
    public HealthCheckResponse call() {
        try {
            long count = products.count();
            return HealthCheckResponse.named("mongodb").up()
                    .withData("server", embedded ? "embedded mongo-java-server (H2)" : "external MongoDB")
                    .withData("products", count).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("mongodb").down()
                    .withData("server", embedded ? "embedded mongo-java-server (H2)" : "external MongoDB")
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
