package io.vitrine.platform;

/** The caller is not identified (401) or may not do this (403). */
public class AccessDeniedException extends RuntimeException {

    private final boolean unauthenticated;

    private AccessDeniedException(String message, boolean unauthenticated) {
        super(message);
        this.unauthenticated = unauthenticated;
    }

    public static AccessDeniedException unauthenticated() {
        return new AccessDeniedException("this operation needs an X-API-Key header or a logged-in seller", true);
    }

    public static AccessDeniedException forbidden(String message) {
        return new AccessDeniedException(message, false);
    }

    public boolean isUnauthenticated() {
        return unauthenticated;
    }
}
