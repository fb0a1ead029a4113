package io.vitrine.platform.security;

import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A partner system's API key. Only the SHA-256 of the key is stored, and it is the document id: keys are 256-bit
 * random strings, so a fast hash is as safe as a slow one and lets a request be checked with one lookup. The key is
 * listed and revoked by {@code keyId}, a random id of its own (never the hash, which would let a weak bootstrap key
 * be guessed offline). Keys stored before scopes existed have none in the database and get the scopes their admin
 * flag and seller binding allowed ({@link Caller#defaultScopes}).
 */
public final class PartnerKey {

    static final String COLLECTION = "partner_keys";

    private final String hash;
    private final String keyId;
    private final String name;
    private final String sellerId;
    private final Set<Scope> scopes;
    private final Instant createdAt;
    private final Instant expiresAt;
    private final Instant lastUsedAt;

    public PartnerKey(String keyId, String hash, String name, String sellerId, Set<Scope> scopes, Instant createdAt,
                      Instant expiresAt, Instant lastUsedAt) {
        this.hash = Objects.requireNonNull(hash);
        this.keyId = Objects.requireNonNull(keyId);
        this.name = Objects.requireNonNull(name);
        this.sellerId = sellerId;
        this.scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = expiresAt;
        this.lastUsedAt = lastUsedAt;
    }

    /** A key as issued before scopes: admin, or the partner scopes of its seller binding. */
    public PartnerKey(String rawKey, String name, boolean admin, String sellerId, Instant createdAt) {
        this("legacy", hash(rawKey), name, sellerId, legacyScopes(admin, sellerId), createdAt, null, null);
    }

    static Set<Scope> legacyScopes(boolean admin, String sellerId) {
        return admin ? Set.of(Scope.ADMIN) : Caller.defaultScopes(Caller.Kind.PARTNER, Optional.ofNullable(sellerId));
    }

    public static String hash(String rawKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(rawKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String hashedKey() {
        return hash;
    }

    public String keyId() {
        return keyId;
    }

    public String name() {
        return name;
    }

    public boolean admin() {
        return scopes.contains(Scope.ADMIN);
    }

    public Optional<String> sellerId() {
        return Optional.ofNullable(sellerId);
    }

    public Set<Scope> scopes() {
        return scopes;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public Caller toCaller() {
        if (admin()) {
            return new Caller(Caller.Kind.ADMIN, name, Optional.empty(), EnumSet.allOf(Scope.class), Optional.empty());
        }
        return new Caller(Caller.Kind.PARTNER, name, sellerId(), scopes, Optional.empty());
    }

    Document toDocument() {
        Document d = new Document("_id", hash).append("keyId", keyId).append("name", name)
                .append("admin", admin()).append("sellerId", sellerId)
                .append("scopes", scopes.stream().map(Scope::label).sorted().toList())
                .append("createdAt", createdAt.toEpochMilli());
        if (expiresAt != null) {
            d.append("expiresAt", expiresAt.toEpochMilli());
        }
        return d;
    }

    /** Reads a stored key; one stored before scopes (no {@code scopes} field) gets those of its admin flag and seller. */
    static PartnerKey fromDocument(Document d) {
        String sellerId = d.getString("sellerId");
        Set<Scope> scopes;
        if (d.containsKey("scopes") && d.get("scopes") != null) {
            List<Scope> parsed = new ArrayList<>();
            for (Object s : d.getList("scopes", Object.class)) {
                Scope.parse(String.valueOf(s)).ifPresent(parsed::add);
            }
            scopes = Set.copyOf(parsed);
        } else {
            scopes = legacyScopes(Boolean.TRUE.equals(d.getBoolean("admin")), sellerId);
        }
        String keyId = d.getString("keyId");
        return new PartnerKey(keyId == null ? "" : keyId, d.getString("_id"), Objects.requireNonNullElse(d.getString("name"), "key"),
                sellerId, scopes, instant(d.get("createdAt")).orElse(Instant.EPOCH), instant(d.get("expiresAt")).orElse(null),
                instant(d.get("lastUsedAt")).orElse(null));
    }

    private static Optional<Instant> instant(Object millis) {
        return millis instanceof Number n ? Optional.of(Instant.ofEpochMilli(n.longValue())) : Optional.empty();
    }
}
