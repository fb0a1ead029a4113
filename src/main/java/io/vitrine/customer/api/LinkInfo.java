package io.vitrine.customer.api;

import io.vitrine.customer.AccountToken;
import io.vitrine.customer.StaffAccounts;
import jakarta.ws.rs.core.UriInfo;

import java.time.Instant;

/**
 * An invitation or a reset link. {@code link} (and {@code path}) are only in the answer that issued it: the token is
 * stored hashed, so a list shows who is invited and until when, never the link again.
 */
public record LinkInfo(String id, String email, String role, String createdBy, Instant createdAt, Instant expiresAt,
                       String path, String link, Boolean mailed) {

    static LinkInfo listed(AccountToken t) {
        return new LinkInfo(t.id(), t.email(), t.role().name(), t.createdBy(), t.createdAt(), t.expiresAt(), null, null, null);
    }

    static LinkInfo issued(StaffAccounts.Link l, UriInfo uri) {
        AccountToken t = l.token();
        return new LinkInfo(t.id(), t.email(), t.role().name(), t.createdBy(), t.createdAt(), t.expiresAt(), l.path(),
                shopUrl(uri) + l.path(), l.mailed());
    }

    /** The shop's root URL ({@code http://host/context}) from the REST base ({@code .../api/}). */
    static String shopUrl(UriInfo uri) {
        return uri.getBaseUri().resolve("..").toString().replaceAll("/+$", "");
    }
}
