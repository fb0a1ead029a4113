package io.vitrine.platform.security;

/**
 * Whether a seller exists: implemented by the feature that owns sellers, so the admin API can refuse a key bound to
 * an unknown seller without knowing that feature.
 */
public interface KnownSellers {

    boolean exists(String sellerId);
}
