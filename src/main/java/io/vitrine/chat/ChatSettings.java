package io.vitrine.chat;

import io.vitrine.chat.answers.DeliveryPolicy;
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
 */
public record ChatSettings(DeliveryPolicy delivery) {

    private static final String PREFIX = "vitrine.chat.delivery.";

    public static ChatSettings from(Config config) {
        return of(config.getOptionalValue(PREFIX + "home-country", String.class).orElse("FR"),
                config.getOptionalValue(PREFIX + "dispatch-days", Integer.class).orElse(1),
                config.getOptionalValue(PREFIX + "home-days", String.class).orElse("2-3"),
                config.getOptionalValue(PREFIX + "abroad-days", String.class).orElse("3-6"));
    }

    /** @throws IllegalArgumentException (or {@link NumberFormatException}) for days that are not "n" or "min-max" */
    public static ChatSettings of(String homeCountry, int dispatchDays, String homeDays, String abroadDays) {
        int[] home = range(homeDays);
        int[] abroad = range(abroadDays);
        return new ChatSettings(new DeliveryPolicy(homeCountry, dispatchDays, home[0], home[1], abroad[0], abroad[1]));
    }

    private static int[] range(String days) {
        String[] parts = days.strip().split("\\s*-\\s*");
        int from = Integer.parseInt(parts[0]);
        return new int[] {from, parts.length > 1 ? Integer.parseInt(parts[1]) : from};
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
