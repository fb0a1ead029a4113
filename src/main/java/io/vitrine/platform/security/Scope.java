package io.vitrine.platform.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an API key may do. {@code admin} implies every other scope. Seller-bound keys may only hold the seller
 * scopes ({@link #SELLER_SCOPES}): a seller never reads a named shopper's history nor orders for shoppers.
 */
public enum Scope {
    CATALOG_WRITE("catalog:write"),
    EVENTS_WRITE("events:write"),
    ORDERS_READ("orders:read"),
    /** Placing orders for shoppers; the pre-scope partner keys could, so they keep it. */
    ORDERS_WRITE("orders:write"),
    RECOMMENDATIONS_READ("recommendations:read"),
    ADMIN("admin");

    /** The scopes a seller account or a seller-bound key may have. */
    public static final Set<Scope> SELLER_SCOPES = Set.copyOf(EnumSet.of(CATALOG_WRITE, EVENTS_WRITE, ORDERS_READ));
    /** What a partner key without a seller and without the admin flag could do before scopes existed (minus catalogue writes). */
    public static final Set<Scope> LEGACY_PARTNER_SCOPES = Set.copyOf(EnumSet.of(EVENTS_WRITE, ORDERS_READ, ORDERS_WRITE,
            RECOMMENDATIONS_READ));

    private final String label;

    Scope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Scope> parse(String label) {
        String l = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.label.equals(l)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
