package io.vitrine.demo;

import java.time.Instant;
import java.util.Objects;

/**
 * What to generate. {@code now} is passed in (never read from the clock) so the same spec always yields the same
 * store. The password hashes are computed once by the caller because PBKDF2 is deliberately slow: every demo
 * shopper shares {@code shopperPasswordHash}; seller and admin accounts share {@code staffPasswordHash}.
 */
public record DemoSpec(long seed, Instant now, int products, int shoppers, int days, String shopperPasswordHash,
                       String staffPasswordHash) {

    public static final int DEFAULT_PRODUCTS = 2_400;
    public static final int DEFAULT_SHOPPERS = 1_000;
    public static final int DEFAULT_DAYS = 180;

    public DemoSpec {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(shopperPasswordHash, "shopper password hash");
        Objects.requireNonNull(staffPasswordHash, "staff password hash");
        if (products < 100 || shoppers < 10 || days < 7) {
            throw new IllegalArgumentException("a demo store needs at least 100 products, 10 shoppers and 7 days");
        }
    }

    /** The default store size, with one password hash for every demo account. */
    public static DemoSpec of(long seed, Instant now, String passwordHash) {
        return new DemoSpec(seed, now, DEFAULT_PRODUCTS, DEFAULT_SHOPPERS, DEFAULT_DAYS, passwordHash, passwordHash);
    }

    public DemoSpec withProducts(int count) {
        return new DemoSpec(seed, now, count, shoppers, days, shopperPasswordHash, staffPasswordHash);
    }

    public DemoSpec withShoppers(int count) {
        return new DemoSpec(seed, now, products, count, days, shopperPasswordHash, staffPasswordHash);
    }

    public DemoSpec withSeed(long newSeed) {
        return new DemoSpec(newSeed, now, products, shoppers, days, shopperPasswordHash, staffPasswordHash);
    }

    public DemoSpec withStaffPasswordHash(String hash) {
        return new DemoSpec(seed, now, products, shoppers, days, shopperPasswordHash, hash);
    }
}
