package io.vitrine.platform.security;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Opaque shopper ids. Accounts are keyed by their e-mail inside the shop (events, orders and models keep that id);
 * every account also has a random public id ({@code sh_} + 24 hex digits), the only shopper id URLs and API payloads
 * carry. The customer feature implements this; the platform and the other features translate at their edges.
 */
public interface ShopperIds {

    Pattern PUBLIC_ID = Pattern.compile("sh_[0-9a-f]{24}");

    static boolean isPublicId(String id) {
        return id != null && PUBLIC_ID.matcher(id).matches();
    }

    /** The internal account id (e-mail) of a public id; empty when no account has it. */
    Optional<String> accountOf(String publicId);

    /** The public id of an account; empty when there is no such account. */
    Optional<String> publicIdOf(String accountId);

    /**
     * The id a shopper is stored under: a public id becomes its account's id; anything else (an anonymous session
     * id, a partner's own user id, or a legacy e-mail in a request body) is kept.
     */
    default String internal(String id) {
        return isPublicId(id) ? accountOf(id).orElse(id) : id;
    }

    /** The id to show outside: an account's public id; anything else (anonymous ids) as it is. */
    default String external(String id) {
        return publicIdOf(id).orElse(id.contains("@") ? "unknown" : id);
    }
}
