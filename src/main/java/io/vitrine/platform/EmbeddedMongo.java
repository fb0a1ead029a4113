package io.vitrine.platform;

import de.bwaldvogel.mongo.MongoServer;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.Extension;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Starts the Java {@code mongo-java-server} (H2 file backend, loopback only) when
 * {@code vitrine.mongodb.embedded=true}, the default. It is a CDI extension so the server is listening before any
 * bean, and thus before JNoSQL, asks for a connection; {@link EmbeddedMongoConfigSource} then points
 * {@code jnosql.mongodb.url} at it.
 *
 * <p>Every write it acknowledges is on disk first ({@link DurableH2Backend}: group commit with fsync).
 *
 * <p>The embedded server lacks {@code $text}, transactions, a durable {@code $out} and secondary indexes other than
 * those {@link FieldIndex} keeps ({@link MongoIndexes#EMBEDDED}): nothing in Vitrine depends on them, and a real
 * MongoDB is used with {@code vitrine.mongodb.embedded=false}.
 */
public class EmbeddedMongo implements Extension {

    private static final Logger LOG = Logger.getLogger(EmbeddedMongo.class.getName());
    private static final int WORKER_THREADS = 32;
    private static volatile String connectionString;
    private static volatile DurableH2Backend running;

    private MongoServer server;
    private DurableH2Backend backend;

    /** The running embedded server's connection string, if one runs in this JVM. */
    public static Optional<String> connectionString() {
        return Optional.ofNullable(connectionString);
    }

    /**
     * Every document of a collection of the embedded server in this JVM, read lazily from its store; empty when the
     * shop runs on a real MongoDB (whose cursors stream anyway). See {@link DurableH2Backend#documents}.
     */
    public static Optional<java.util.stream.Stream<java.util.Map<String, Object>>> documents(String database, String collection) {
        DurableH2Backend b = running;
        return b == null ? Optional.empty() : Optional.of(b.documents(database, collection));
    }

    /** The running embedded server's backend, if one runs in this JVM ({@link MongoConnection#steps()}). */
    static Optional<DurableH2Backend> backend() {
        return Optional.ofNullable(running);
    }

    void start(@Observes BeforeBeanDiscovery event) {
        // no bean exists yet, so the keys are read here rather than injected; only these three, never the URL
        // (see PlatformSettings: a URL read now would stay cached at its default)
        Config config = ConfigProvider.getConfig();
        if (!PlatformSettings.embeddedMongo(config) || connectionString != null) {
            return;
        }
        Path dir = PlatformSettings.dataDir(config).toAbsolutePath();
        int port = PlatformSettings.embeddedMongoPort(config);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create vitrine.data.dir " + dir, e);
        }
        Path file = dir.resolve("vitrine-mongo.mv");
        backend = new DurableH2Backend(file.toString());
        server = new MongoServer(backend);
        // a write blocks its Netty event loop until the group commit reached the disk: enough loops that writers
        // on other connections keep arriving (and join the next commit) meanwhile
        server.bind(new InetSocketAddress("127.0.0.1", port), 1, WORKER_THREADS);
        connectionString = server.getConnectionString();
        running = backend;
        LOG.info(() -> "Embedded MongoDB (mongo-java-server, H2 file " + file + ") listening at " + connectionString);
    }

    void stop(@Observes BeforeShutdown event) {
        if (server != null) {
            LOG.info(() -> "Embedded MongoDB group commit: " + backend.commitSummary());
            // shutdownNow closes client connections first so the H2 store can be closed and flushed cleanly
            server.shutdownNow();
            server = null;
            connectionString = null;
            running = null;
            LOG.info("Embedded MongoDB stopped");
        }
    }
}
