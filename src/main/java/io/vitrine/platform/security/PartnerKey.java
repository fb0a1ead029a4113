package io.vitrine.platform.security;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A partner system's API key. Only the SHA-256 of the key is stored, and it is the document id: keys are 256-bit
 * random strings, so a fast hash is as safe as a slow one and lets a request be checked with one lookup.
 */
@Entity("partner_keys")
public class PartnerKey {

    @Id
    private String id;
    @Column
    private String name;
    @Column
    private boolean admin;
    @Column
    private String sellerId;
    @Column
    private long createdAt;

    protected PartnerKey() {
    }

    public PartnerKey(String rawKey, String name, boolean admin, String sellerId, Instant createdAt) {
        this.id = hash(rawKey);
        this.name = Objects.requireNonNull(name);
        this.admin = admin;
        this.sellerId = sellerId;
        this.createdAt = createdAt.toEpochMilli();
    }

    public static String hash(String rawKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(rawKey.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String hashedKey() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean admin() {
        return admin;
    }

    public Optional<String> sellerId() {
        return Optional.ofNullable(sellerId);
    }

    public Caller toCaller() {
        if (admin) {
            return new Caller(Caller.Kind.ADMIN, name, Optional.empty());
        }
        return new Caller(Caller.Kind.PARTNER, name, sellerId());
    }
}
