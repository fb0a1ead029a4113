package io.vitrine.platform;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/**
 * Supplies {@code jnosql.mongodb.url} while the embedded MongoDB runs, so JNoSQL connects to it without a fixed
 * port (tests and a running shop can coexist). Its ordinal is above system properties and environment variables:
 * with {@code vitrine.mongodb.embedded=true} the embedded server always wins; switch it off to use a real MongoDB.
 */
public class EmbeddedMongoConfigSource implements ConfigSource {

    static final String URL_KEY = "jnosql.mongodb.url";

    @Override
    public Set<String> getPropertyNames() {
        return EmbeddedMongo.connectionString().isPresent() ? Set.of(URL_KEY) : Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return url().map(url -> Map.of(URL_KEY, url)).orElse(Map.of());
    }

    @Override
    public String getValue(String propertyName) {
        return URL_KEY.equals(propertyName) ? url().orElse(null) : null;
    }

    /** A short server-selection timeout: a stopped embedded server should fail a health check fast, not in 30 s. */
    static java.util.Optional<String> url() {
        return EmbeddedMongo.connectionString().map(c -> c + "/?serverSelectionTimeoutMS=5000");
    }

    @Override
    public String getName() {
        return "vitrine-embedded-mongodb";
    }

    @Override
    public int getOrdinal() {
        return 500;
    }
}
