package io.vitrine.customer;

import io.vitrine.platform.security.Role;
import io.vitrine.platform.InvalidInputException;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person who logs in. The id is the lower-cased e-mail address. Only the PBKDF2 hash of the password is kept
 * (made by Jakarta Security's {@code Pbkdf2PasswordHash}). A seller account names the seller it acts for.
 */
@Entity("accounts")
public class Account {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,63}");

    @Id
    private String id;
    @Column
    private String displayName;
    @Column
    private Role role;
    @Column
    private String passwordHash;
    @Column
    private String sellerId;
    @Column
    private String language;
    @Column
    private long createdAt;
    /** The opaque id URLs and API payloads carry instead of the e-mail (see platform.security.ShopperIds). */
    @Column
    private String publicId;
    /** A disabled account cannot log in and the API keys it made stop working (absent in older documents: enabled). */
    @Column
    private boolean disabled;

    protected Account() {
    }

    public Account(String email, String displayName, Role role, String passwordHash, String sellerId, Instant createdAt) {
        this.id = normaliseEmail(email);
        this.displayName = Objects.requireNonNull(displayName, "display name");
        this.role = Objects.requireNonNull(role, "role");
        this.passwordHash = Objects.requireNonNull(passwordHash, "password hash");
        if (role == Role.SELLER && (sellerId == null || sellerId.isBlank())) {
            throw new InvalidInputException("a seller account names its seller");
        }
        this.sellerId = sellerId;
        this.language = "en";
        this.createdAt = createdAt.toEpochMilli();
        this.publicId = newPublicId();
    }

    /** {@code sh_} and 96 random bits in hex: nothing about the person, not guessable from the e-mail. */
    public static String newPublicId() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return "sh_" + java.util.HexFormat.of().formatHex(b);
    }

    /** Empty only for an account stored before public ids, until the start-up gives it one. */
    public Optional<String> publicId() {
        return Optional.ofNullable(publicId);
    }

    public static String normaliseEmail(String email) {
        String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(e).matches()) {
            throw new InvalidInputException("not an e-mail address: " + email);
        }
        return e;
    }

    public String id() {
        return id;
    }

    public String email() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Optional<String> sellerId() {
        return Optional.ofNullable(sellerId);
    }

    public String language() {
        return language;
    }

    public void preferLanguage(String lang) {
        if (!"en".equals(lang) && !"fr".equals(lang)) {
            throw new InvalidInputException("language must be en or fr");
        }
        this.language = lang;
    }

    public Instant createdAt() {
        return Instant.ofEpochMilli(createdAt);
    }

    public boolean disabled() {
        return disabled;
    }

    public void disable() {
        this.disabled = true;
    }

    public void enable() {
        this.disabled = false;
    }

    /** A new password, already hashed (the service hashes; the account never sees the password). */
    public void changePassword(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash, "password hash");
    }

    /**
     * Gives the account another role. Only an account that acts for a seller may be a seller; an account keeps its
     * seller when it becomes an admin or a shopper, so it can be made a seller again.
     */
    public void changeRole(Role newRole) {
        if (newRole == Role.SELLER && sellerId == null) {
            throw new InvalidInputException("only an account invited as a seller can be a seller");
        }
        this.role = Objects.requireNonNull(newRole, "role");
    }
}
