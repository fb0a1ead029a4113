package io.vitrine.platform.limits;

import com.mongodb.client.model.Filters;
import io.vitrine.platform.MongoConnection;
import io.vitrine.platform.startup.RepeatingStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Stored data that would otherwise grow without bound: chat conversations idle for
 * {@code vitrine.retention.chat-days} are deleted, at start-up and every ten minutes. A sweep rather than a TTL
 * index because conversations keep their times as epoch milliseconds (a TTL index needs a BSON date) and the
 * embedded server has no TTL indexes at all; on a real MongoDB the sweep uses the collection's {@code updatedAt}
 * scan like any query.
 */
@ApplicationScoped
public class Retention extends RepeatingStep {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());
    static final String CONVERSATIONS = "chat_conversations";

    @Inject
    MongoConnection mongo;
    @Inject
    @ConfigProperty(name = "vitrine.retention.chat-days", defaultValue = "30")
    int chatDays;

    public Retention() {
        super("retention", Phase.DATA);
    }

    @Override
    public void onStartup() {
        if (chatDays <= 0) {
            LOG.info("Chat conversations are kept forever (vitrine.retention.chat-days=0)");
            return;
        }
        Runnable sweep = logged(this::sweep, LOG, "the retention sweep failed; it runs again in ten minutes");
        if (!repeat(Duration.ZERO, Duration.ofMinutes(10), sweep)) {
            sweep.run();
        }
    }

    private void sweep() {
        long before = Instant.now().minus(Duration.ofDays(chatDays)).toEpochMilli();
        long deleted = mongo.database().getCollection(CONVERSATIONS).deleteMany(Filters.lt("updatedAt", before)).getDeletedCount();
        if (deleted > 0) {
            LOG.info(() -> deleted + " chat conversations idle for " + chatDays + " days deleted");
        }
    }
}
