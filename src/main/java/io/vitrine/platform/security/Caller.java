package io.vitrine.platform.security;

import io.vitrine.platform.AccessDeniedException;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The identified caller of a request: anonymous, a logged-in shopper, a partner system (API key), a seller or an
 * admin. A partner key may be bound to a seller, and then acts as that seller within its scopes. What each kind may
 * call is written once in {@link AccessRules}; {@link AccessFilter} applies it before any resource runs.
 *
 * @param shopperId the opaque public id of a logged-in shopper (never the e-mail), for "own data only" rules
 */
public record Caller(Kind kind, String name, Optional<String> sellerId, Set<Scope> scopes, Optional<String> shopperId) {

    public enum Kind { ANONYMOUS, SHOPPER, PARTNER, SELLER, ADMIN }

    public static final Caller ANONYMOUS = new Caller(Kind.ANONYMOUS, "anonymous", Optional.empty());

    public Caller {
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }

    /** A caller with the scopes its kind had before keys had scopes (tests and session log-ins). */
    public Caller(Kind kind, String name, Optional<String> sellerId) {
        this(kind, name, sellerId, defaultScopes(kind, sellerId), Optional.empty());
    }

    public static Caller shopper(String account, String publicId) {
        return new Caller(Kind.SHOPPER, account, Optional.empty(), Set.of(), Optional.of(publicId));
    }

    static Set<Scope> defaultScopes(Kind kind, Optional<String> sellerId) {
        return switch (kind) {
            case ADMIN -> EnumSet.allOf(Scope.class);
            case SELLER -> Scope.SELLER_SCOPES;
            case PARTNER -> sellerId.isPresent() ? Scope.SELLER_SCOPES : Scope.LEGACY_PARTNER_SCOPES;
            case SHOPPER, ANONYMOUS -> Set.of();
        };
    }

    public boolean isAdmin() {
        return kind == Kind.ADMIN || scopes.contains(Scope.ADMIN);
    }

    public boolean isAuthenticated() {
        return kind != Kind.ANONYMOUS;
    }

    /** Admins hold every scope. */
    public boolean has(Scope scope) {
        return isAdmin() || scopes.contains(scope);
    }

    public Caller requireAuthenticated() {
        if (!isAuthenticated()) {
            throw AccessDeniedException.unauthenticated();
        }
        return this;
    }

    public Caller requireAdmin() {
        requireAuthenticated();
        if (!isAdmin()) {
            throw AccessDeniedException.forbidden("this operation is for administrators");
        }
        return this;
    }

    /**
     * May this caller change the products of {@code seller}? Admins may; a seller or a seller-bound key with
     * {@code catalog:write} only its own; a key without a seller none (it would otherwise manage every seller's).
     */
    public boolean mayManage(String seller) {
        if (isAdmin()) {
            return true;
        }
        return has(Scope.CATALOG_WRITE) && sellerId.map(s -> s.equals(seller)).orElse(false);
    }

    public void requireManage(String seller) {
        requireAuthenticated();
        if (!mayManage(seller)) {
            throw AccessDeniedException.forbidden("you may only manage your own products");
        }
    }
}
