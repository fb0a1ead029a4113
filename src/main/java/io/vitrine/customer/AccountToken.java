package io.vitrine.customer;

import io.vitrine.platform.security.Role;

import java.time.Instant;
import java.util.Objects;

/**
 * An invitation or a password reset waiting to be used: the link's token is stored only as its SHA-256 (a 256-bit
 * random token needs no slow hash), works once and until {@code expiresAt}. {@code id} names it in lists.
 *
 * @param role for an invitation, the role the new account gets; for a reset, the account's role when it was issued
 */
public record AccountToken(String id, String tokenHash, Purpose purpose, String email, Role role, String createdBy,
                           Instant createdAt, Instant expiresAt) {

    public enum Purpose { INVITATION, RESET }

    public AccountToken {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tokenHash);
        Objects.requireNonNull(purpose);
        Objects.requireNonNull(email);
        Objects.requireNonNull(role);
        Objects.requireNonNull(createdBy);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(expiresAt);
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
