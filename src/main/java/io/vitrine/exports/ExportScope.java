package io.vitrine.exports;

import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.security.Caller;

import java.util.Optional;

/**
 * Whose data an export holds: one seller's, or the whole shop's ({@code seller} empty, admins only). A seller
 * always gets its own: naming another seller is refused, never silently narrowed. {@code admin} also decides how
 * shoppers are named: admins see the opaque public ids, sellers a pseudonym of their own.
 */
public record ExportScope(Optional<String> seller, boolean admin) {

    public static ExportScope of(Caller caller, Optional<String> asked) {
        Optional<String> named = asked.map(String::strip).filter(s -> !s.isEmpty());
        if (caller.isAdmin()) {
            return new ExportScope(named, true);
        }
        String own = caller.sellerId().orElseThrow(() -> AccessDeniedException.forbidden("exports are for sellers and admins"));
        if (named.isPresent() && !named.get().equals(own)) {
            throw AccessDeniedException.forbidden("a seller exports its own data only");
        }
        return new ExportScope(Optional.of(own), false);
    }

    /** The file name's part telling whose data it is: the seller, or "shop". */
    public String label() {
        return seller.orElse("shop");
    }
}
