package io.vitrine.chat;

import io.vitrine.chat.answers.DeliveryPolicy;
import io.vitrine.chat.answers.DeliveryZones;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/**
 * The assistant's serving configuration, read from MicroProfile Config in one place (keys and defaults as README's
 * Configuration table lists them). The model's own keys ({@code vitrine.chat.model-file}, {@code vitrine.chat.retrain.*})
 * belong to the model lifecycle.
 *
 * @param delivery the delivery estimate: {@code vitrine.chat.delivery.home-country} ("FR"), {@code .dispatch-days}
 *                 (1), {@code .home-days} ("2-3") and {@code .abroad-days} ("3-6"), business days as "n" or "min-max"
 * @param zones    where the shop delivers: {@code vitrine.chat.delivery.zones} ("FR:2-3;BE,LU,DE,...:3-6;CH,GB,...:5-8",
 *                 business days after dispatch; a country in no zone is not delivered), {@code .express-countries}
 *                 ("FR"), {@code .express-days} (1), {@code .standard-price} (4.90), {@code .free-from} (50) and
 *                 {@code .express-price} (9.90), in euros
 */
public record ChatSettings(DeliveryPolicy delivery, DeliveryZones zones) {

    public ChatSettings(DeliveryPolicy delivery) {
        this(delivery, DeliveryZones.standard());
    }

    private static final String PREFIX = "vitrine.chat.delivery.";

    public static ChatSettings from(Config config) {
        ChatSettings base = of(config.getOptionalValue(PREFIX + "home-country", String.class).orElse("FR"),
                config.getOptionalValue(PREFIX + "dispatch-days", Integer.class).orElse(1),
                config.getOptionalValue(PREFIX + "home-days", String.class).orElse("2-3"),
                config.getOptionalValue(PREFIX + "abroad-days", String.class).orElse("3-6"));
        DeliveryZones d = DeliveryZones.standard();
        DeliveryZones zones = new DeliveryZones(
                config.getOptionalValue(PREFIX + "zones", String.class).map(DeliveryZones::parse).orElse(d.zones()),
                config.getOptionalValue(PREFIX + "express-countries", String.class)
                        .map(s -> java.util.Set.of(s.toUpperCase(java.util.Locale.ROOT).split("\\s*,\\s*"))).orElse(d.express()),
                config.getOptionalValue(PREFIX + "express-days", Integer.class).orElse(d.expressDays()),
                config.getOptionalValue(PREFIX + "standard-price", java.math.BigDecimal.class).orElse(d.standardPrice()),
                config.getOptionalValue(PREFIX + "free-from", java.math.BigDecimal.class).orElse(d.freeFrom()),
                config.getOptionalValue(PREFIX + "express-price", java.math.BigDecimal.class).orElse(d.expressPrice()));
        return new ChatSettings(base.delivery(), zones);
    }

    /** @throws IllegalArgumentException (or {@link NumberFormatException}) for days that are not "n" or "min-max" */
    public static ChatSettings of(String homeCountry, int dispatchDays, String homeDays, String abroadDays) {
        int[] home = range(homeDays);
        int[] abroad = range(abroadDays);
        return new ChatSettings(new DeliveryPolicy(homeCountry, dispatchDays, home[0], home[1], abroad[0], abroad[1]));
    }

    private static int[] range(String days) {
        return DeliveryZones.days(days);
    }

    /** Produces the record once. */
    @ApplicationScoped
    static class Producer {

        @Produces
        @Singleton
        ChatSettings settings(Config config) {
            return from(config);
        }
    }
}
