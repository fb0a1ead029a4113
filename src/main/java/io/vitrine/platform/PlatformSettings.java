package io.vitrine.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The platform's configuration, read from MicroProfile Config in one place (keys and defaults as README's
 * Configuration table lists them). Beans inject this record; {@link EmbeddedMongo}, which runs before any bean
 * exists, reads its three keys through {@link #embeddedMongo(Config)}, {@link #embeddedMongoPort(Config)} and
 * {@link #dataDir(Config)}, never {@code jnosql.mongodb.url}: Payara caches a value once read, so reading the URL
 * before the embedded server publishes it would pin the default {@code localhost:27017}.
 *
 * @param embeddedMongo     {@code vitrine.mongodb.embedded} (true): run the embedded mongo-java-server
 * @param embeddedMongoPort {@code vitrine.mongodb.embedded.port} (0 = any free port)
 * @param mongoIndexes      {@code vitrine.mongodb.indexes}: create the secondary indexes (default: only on a real MongoDB)
 * @param mongoUrl          {@code jnosql.mongodb.url}: while the embedded server runs, {@link EmbeddedMongoConfigSource}
 *                          supplies it, so it is read only once beans are created (the producer below)
 * @param databaseName      {@code jnosql.document.database} ("vitrine")
 * @param dataDir           {@code vitrine.data.dir} ("./data")
 * @param importDir         {@code vitrine.import.dir}: when set, server-side imports are read from this folder only
 * @param adminApiKey       {@code vitrine.admin.api-key}: a bootstrap admin key
 */
public record PlatformSettings(boolean embeddedMongo, int embeddedMongoPort, Optional<Boolean> mongoIndexes,
                               String mongoUrl, String databaseName, Path dataDir, Optional<String> importDir,
                               Optional<String> adminApiKey) {

    public static PlatformSettings from(Config config) {
        // the embedded server's URL from the server itself: read through MicroProfile Config it was once found pinned
        // to the default localhost:27017 (ClusterIT, loaded machine: every database call of the node then failed)
        Optional<String> embedded = embeddedMongo(config) ? EmbeddedMongoConfigSource.url() : Optional.empty();
        return new PlatformSettings(embeddedMongo(config), embeddedMongoPort(config),
                config.getOptionalValue("vitrine.mongodb.indexes", Boolean.class),
                embedded.orElseGet(() -> config.getOptionalValue("jnosql.mongodb.url", String.class).orElse("mongodb://localhost:27017")),
                config.getOptionalValue("jnosql.document.database", String.class).orElse("vitrine"),
                dataDir(config),
                config.getOptionalValue("vitrine.import.dir", String.class),
                config.getOptionalValue("vitrine.admin.api-key", String.class));
    }

    static boolean embeddedMongo(Config config) {
        return config.getOptionalValue("vitrine.mongodb.embedded", Boolean.class).orElse(true);
    }

    static int embeddedMongoPort(Config config) {
        return config.getOptionalValue("vitrine.mongodb.embedded.port", Integer.class).orElse(0);
    }

    static Path dataDir(Config config) {
        return Path.of(config.getOptionalValue("vitrine.data.dir", String.class).orElse("./data"));
    }

    /** Whether the start-up creates MongoDB's secondary indexes: asked explicitly, else only on a real MongoDB. */
    public boolean createIndexes() {
        return mongoIndexes.orElse(!embeddedMongo);
    }

    /** Produces the record once, after the embedded server (if any) has published its URL. */
    @ApplicationScoped
    static class Producer {

        @Produces
        @Singleton
        PlatformSettings settings(Config config) {
            return from(config);
        }
    }
}
