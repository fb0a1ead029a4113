package io.vitrine.customer.api;

import io.vitrine.customer.Account;

import java.time.Instant;

/** An account as admins see it: its opaque id (used in URLs), e-mail, role, seller and state; never the password hash. */
public record AccountInfo(String id, String email, String displayName, String role, String sellerId, boolean disabled,
                          Instant createdAt) {

    static AccountInfo of(Account a) {
        return new AccountInfo(a.publicId().orElse(null), a.email(), a.displayName(), a.role().name(), a.sellerId().orElse(null),
                a.disabled(), a.createdAt());
    }
}
