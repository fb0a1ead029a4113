package io.vitrine.platform.security;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.PlatformSettings;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.vitrine.platform.MongoConnection;
import io.vitrine.platform.startup.StartupStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Issues, checks, lists and revokes partner API keys. An operator can bootstrap an admin key with
 * {@code vitrine.admin.api-key} (an environment variable in production, never a file in the WAR); further keys are
 * issued through the admin API with scopes, an optional seller and an optional expiry. A key's last use is written
 * at most once a minute, and a key read is trusted for a second, so a burst of a partner's requests costs one read.
 */
@ApplicationScoped
public class ApiKeys implements StartupStep {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    static final Duration LAST_USED_GRAIN = Duration.ofMinutes(1);
    /**
     * How long a key read from the database is trusted before it is read again. Revoking or suspending on this node
     * takes effect at once (the keys checked are forgotten); on another node of a cluster within this time.
     */
    static final Duration RECHECK_AFTER = Duration.ofSeconds(1);
    private static final int MAX_RECENT = 10_000;

    /** A key as read at {@code readAt}, and the last-used time this node last wrote for it. */
    private record Checked(PartnerKey key, boolean suspended, Instant readAt, Instant lastUsedWritten) {
    }

    /**
     * Keys checked in the last {@link #RECHECK_AFTER}, by hash: a partner's burst of requests costs one database read
     * a second instead of one per request (the read was half the server's time of a recommendations request).
     */
    private final Map<String, Checked> recent = new ConcurrentHashMap<>();

    @Inject
    MongoConnection mongo;

    @Inject
    PlatformSettings settings;

    Clock clock = Clock.systemUTC();

    @Override
    public Phase phase() {
        return Phase.SCHEMA;
    }

    @Override
    public String name() {
        return "bootstrap-admin-key";
    }

    /** Registers the bootstrap key and gives keys stored before key ids existed an id to be listed and revoked by. */
    @Override
    public void onStartup() {
        for (Document d : keys().find(Filters.exists("keyId", false))) {
            keys().updateOne(Filters.eq("_id", d.get("_id")), Updates.set("keyId", newKeyId()));
        }
        settings.adminApiKey().filter(k -> !k.isBlank()).ifPresent(key -> {
            if (key.length() < 16) {
                LOG.warning("vitrine.admin.api-key is shorter than 16 characters: ignored");
                return;
            }
            if (keys().find(Filters.eq("_id", PartnerKey.hash(key))).first() == null) {
                keys().insertOne(new PartnerKey(newKeyId(), PartnerKey.hash(key), "bootstrap admin", null,
                        Set.of(Scope.ADMIN), clock.instant(), null, null).toDocument());
                LOG.info("bootstrap admin API key registered (stored hashed)");
            }
        });
    }

    /** A newly issued key: the raw key is returned once and never stored. */
    public record Issued(String key, PartnerKey stored) {
    }

    /** Issues a key with these scopes (checked by {@link #checkScopes}), optionally for one seller and until a time. */
    public Issued issue(String name, Set<Scope> scopes, String sellerId, Instant expiresAt) {
        return issue(name, scopes, sellerId, expiresAt, null);
    }

    /**
     * Issues a key on behalf of an account ({@code owner}, its log-in name; null for keys the admin API issues): the
     * key stops working while that account is disabled ({@link #suspend}).
     */
    public Issued issue(String name, Set<Scope> scopes, String sellerId, Instant expiresAt, String owner) {
        checkScopes(scopes, sellerId);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String raw = "vt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        PartnerKey key = new PartnerKey(newKeyId(), PartnerKey.hash(raw), name, sellerId, scopes, clock.instant(), expiresAt, null);
        Document d = key.toDocument();
        if (owner != null) {
            d.append("owner", owner);
        }
        keys().insertOne(d);
        return new Issued(raw, key);
    }

    /** Issues a key as before scopes: admin, or the partner scopes of its seller binding. */
    public String issue(String name, boolean admin, String sellerId) {
        return issue(name, PartnerKey.legacyScopes(admin, sellerId), sellerId, null).key();
    }

    /**
     * A key's scopes must fit its binding: {@code admin} is never bound to a seller; a seller-bound key holds only the
     * seller scopes; {@code catalog:write} needs a seller (a key without one would manage every seller's products).
     */
    public static void checkScopes(Set<Scope> scopes, String sellerId) {
        if (scopes.isEmpty()) {
            throw new InvalidInputException("scopes: at least one of " + List.of(Scope.values()));
        }
        if (sellerId != null) {
            if (!Scope.SELLER_SCOPES.containsAll(scopes)) {
                throw new InvalidInputException("a key bound to a seller may only have the scopes " + Scope.SELLER_SCOPES);
            }
        } else if (scopes.contains(Scope.CATALOG_WRITE) && !scopes.contains(Scope.ADMIN)) {
            throw new InvalidInputException("catalog:write needs a sellerId: only admin keys manage every seller's products");
        }
    }

    /**
     * What a key request must be, whoever makes it (the admin API, the keys pages): a name of 1 to 100 characters, a
     * known seller if any, an expiry in the future if any.
     */
    public static void checkRequest(String name, String sellerId, Instant expiresAt, KnownSellers sellers) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name: 1 to 100 characters are required");
        }
        if (sellerId != null && sellerId.length() > 64) {
            throw new InvalidInputException("sellerId: at most 64 characters");
        }
        if (sellerId != null && !sellers.exists(sellerId)) {
            throw new InvalidInputException("unknown seller " + sellerId);
        }
        if (expiresAt != null && !expiresAt.isAfter(Instant.now())) {
            throw new InvalidInputException("expiresAt must be in the future");
        }
    }

    /** The caller a raw key stands for; empty for an unknown, revoked or expired key. */
    public Optional<Caller> authenticate(String rawKey) {
        if (rawKey == null || rawKey.isBlank() || rawKey.length() > 200) {
            return Optional.empty();
        }
        String hash = PartnerKey.hash(rawKey.strip());
        Instant now = clock.instant();
        Checked checked = recent.get(hash);
        if (checked == null || !checked.readAt().plus(RECHECK_AFTER).isAfter(now)) {
            Document d = keys().find(Filters.eq("_id", hash)).first();
            if (d == null) {
                recent.remove(hash);
                return Optional.empty();
            }
            PartnerKey key = PartnerKey.fromDocument(d);
            checked = new Checked(key, Boolean.TRUE.equals(d.getBoolean("suspended")), now, key.lastUsedAt().orElse(null));
            if (recent.size() >= MAX_RECENT) {
                recent.clear(); // only stored keys enter, so this takes more live keys than a shop has, not a flood
            }
            recent.put(hash, checked);
        }
        if (checked.key().expired(now) || checked.suspended()) {
            return Optional.empty();
        }
        Instant lastUsed = checked.lastUsedWritten();
        if (lastUsed == null || !lastUsed.plus(LAST_USED_GRAIN).isAfter(now)) {
            // a partial update: a concurrent revocation is never undone by it
            keys().updateOne(Filters.eq("_id", hash), Updates.set("lastUsedAt", now.toEpochMilli()));
            recent.put(hash, new Checked(checked.key(), checked.suspended(), checked.readAt(), now));
        }
        return Optional.of(checked.key().toCaller());
    }

    /** Every key, newest first (never the secret: only its hash is stored). */
    public List<PartnerKey> list() {
        List<PartnerKey> out = new ArrayList<>();
        for (Document d : keys().find()) {
            out.add(PartnerKey.fromDocument(d));
        }
        out.sort(Comparator.comparing(PartnerKey::createdAt).reversed());
        return out;
    }

    /** The keys bound to one seller, newest first. */
    public List<PartnerKey> listForSeller(String sellerId) {
        return list().stream().filter(k -> k.sellerId().filter(sellerId::equals).isPresent()).toList();
    }

    /** Revokes a key only if it is bound to this seller (a seller revokes its own keys only). */
    public boolean revokeForSeller(String keyId, String sellerId) {
        boolean revoked = keyId != null && sellerId != null
                && keys().deleteOne(Filters.and(Filters.eq("keyId", keyId), Filters.eq("sellerId", sellerId))).getDeletedCount() > 0;
        recent.clear();
        return revoked;
    }

    /**
     * Suspends (or restores) the keys an account issued and, for a seller's account, the keys bound to its seller:
     * a disabled account's keys stop working at once and work again when it is enabled. Returns how many keys changed.
     */
    public long suspend(String owner, String sellerId, boolean suspended) {
        var filter = sellerId == null ? Filters.eq("owner", owner) : Filters.or(Filters.eq("owner", owner), Filters.eq("sellerId", sellerId));
        long changed = keys().updateMany(filter, suspended ? Updates.set("suspended", true) : Updates.unset("suspended")).getModifiedCount();
        recent.clear();
        return changed;
    }

    /** Revokes a key by its key id: it stops working at once. False when there is no such key. */
    public boolean revoke(String keyId) {
        boolean revoked = keyId != null && !keyId.isBlank() && keys().deleteOne(Filters.eq("keyId", keyId)).getDeletedCount() > 0;
        recent.clear();
        return revoked;
    }

    private MongoCollection<Document> keys() {
        return mongo.database().getCollection(PartnerKey.COLLECTION);
    }

    private static String newKeyId() {
        byte[] b = new byte[9];
        RANDOM.nextBytes(b);
        return "key_" + HexFormat.of().formatHex(b);
    }
}
