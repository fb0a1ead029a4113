package io.vitrine.platform.security;

import io.vitrine.platform.AccessDeniedException;

import java.util.Optional;

/**
 * The identified caller of a request: anonymous, a partner system (API key), a seller or an admin. A partner key
 * may be bound to a seller, and then acts exactly as that seller.
 */
public record Caller(Kind kind, String name, Optional<String> sellerId) {

    public enum Kind { ANONYMOUS, PARTNER, SELLER, ADMIN }

    public static final Caller ANONYMOUS = new Caller(Kind.ANONYMOUS, "anonymous", Optional.empty());

    public boolean isAdmin() {
        return kind == Kind.ADMIN;
    }

    public boolean isAuthenticated() {
        return kind != Kind.ANONYMOUS;
    }

    /** Write calls need an API key or a logged-in seller or admin. */
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

    /** May this caller change the products of {@code seller}? Admins and unbound partners may; sellers only their own. */
    public boolean mayManage(String seller) {
        return switch (kind) {
            case ADMIN -> true;
            case PARTNER -> sellerId.map(seller::equals).orElse(true);
            case SELLER -> sellerId.map(seller::equals).orElse(false);
            case ANONYMOUS -> false;
        };
    }

    public void requireManage(String seller) {
        requireAuthenticated();
        if (!mayManage(seller)) {
            throw AccessDeniedException.forbidden("you may only manage your own products");
        }
    }
}
