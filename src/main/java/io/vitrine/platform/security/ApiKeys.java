package io.vitrine.platform.security;

import io.vitrine.platform.PlatformSettings;
import io.vitrine.platform.startup.StartupStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Issues and checks partner API keys. An operator can bootstrap an admin key with {@code vitrine.admin.api-key}
 * (an environment variable in production, never a file in the WAR); further keys are issued through the admin API.
 */
@ApplicationScoped
public class ApiKeys implements StartupStep {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    MongoDBTemplate template;

    @Inject
    PlatformSettings settings;

    @Override
    public Phase phase() {
        return Phase.SCHEMA;
    }

    @Override
    public String name() {
        return "bootstrap-admin-key";
    }

    @Override
    public void onStartup() {
        settings.adminApiKey().filter(k -> !k.isBlank()).ifPresent(key -> {
            if (key.length() < 16) {
                LOG.warning("vitrine.admin.api-key is shorter than 16 characters: ignored");
                return;
            }
            if (template.find(PartnerKey.class, PartnerKey.hash(key)).isEmpty()) {
                template.insert(new PartnerKey(key, "bootstrap admin", true, null, Instant.now()));
                LOG.info("bootstrap admin API key registered (stored hashed)");
            }
        });
    }

    /** Issues a new key; the raw key is returned once and never stored. */
    public String issue(String name, boolean admin, String sellerId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String raw = "vt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        template.insert(new PartnerKey(raw, name, admin, sellerId, Instant.now()));
        return raw;
    }

    public Optional<Caller> authenticate(String rawKey) {
        if (rawKey == null || rawKey.isBlank() || rawKey.length() > 200) {
            return Optional.empty();
        }
        return template.find(PartnerKey.class, PartnerKey.hash(rawKey.strip())).map(PartnerKey::toCaller);
    }
}
