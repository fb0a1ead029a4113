package io.vitrine.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

import java.util.Optional;

/**
 * The demo store's configuration, read from MicroProfile Config in one place (keys and defaults as README's
 * Configuration table lists them; the ITs shrink the store with {@code -Dvitrine.demo.products=...}).
 *
 * @param enabled  {@code vitrine.demo.enabled} (true): generate the demo store into an empty database
 * @param seed     {@code vitrine.demo.seed} (42): the same seed gives the same store
 * @param products {@code vitrine.demo.products} (2400)
 * @param shoppers {@code vitrine.demo.shoppers} (1000)
 * @param days     {@code vitrine.demo.days} (180): how many days of shopping history
 * @param password {@code vitrine.demo.password} (none): of the demo accounts only; unset, a random password is drawn
 *                 when the demo store is generated and printed once in the log (never stored). A real shop runs with
 *                 {@code vitrine.demo.enabled=false} and creates its own accounts
 */
public record DemoSettings(boolean enabled, long seed, int products, int shoppers, int days, Optional<String> password) {

    public static DemoSettings from(Config config) {
        return new DemoSettings(
                config.getOptionalValue("vitrine.demo.enabled", Boolean.class).orElse(true),
                config.getOptionalValue("vitrine.demo.seed", Long.class).orElse(42L),
                config.getOptionalValue("vitrine.demo.products", Integer.class).orElse(2400),
                config.getOptionalValue("vitrine.demo.shoppers", Integer.class).orElse(1000),
                config.getOptionalValue("vitrine.demo.days", Integer.class).orElse(180),
                config.getOptionalValue("vitrine.demo.password", String.class).filter(p -> !p.isBlank()));
    }

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "DemoSettings[enabled=" + enabled + ", seed=" + seed + ", products=" + products + ", shoppers="
                + shoppers + ", days=" + days + "]";
    }

    /** Produces the record once. */
    @ApplicationScoped
    static class Producer {

        @Produces
        @Singleton
        DemoSettings settings(Config config) {
            return from(config);
        }
    }
}
