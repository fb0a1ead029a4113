package io.vitrine.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.Optional;

/**
 * The accounts' configuration, read once from MicroProfile Config (README's Configuration table).
 *
 * @param adminEmail        {@code vitrine.admin.email}: the first admin, created at start-up when it has no account yet
 * @param adminPassword     {@code vitrine.admin.password}: its password (an environment variable, never a file in the WAR)
 * @param adminPasswordHash {@code vitrine.admin.password-hash}: or a PBKDF2 hash of it, as the shop stores them
 * @param invitationTtl     {@code vitrine.accounts.invitation-days} (7): how long an invitation link works
 * @param resetTtl          {@code vitrine.accounts.reset-hours} (24): how long a password reset link works
 * @param publicUrl         {@code vitrine.public-url}: the shop's address for links sent by mail (else the request's)
 * @param mailSession       {@code vitrine.mail.session}: JNDI name of a Jakarta Mail session; unset, links are only shown
 */
public record AccountSettings(Optional<String> adminEmail, Optional<String> adminPassword, Optional<String> adminPasswordHash,
                              Duration invitationTtl, Duration resetTtl, Optional<String> publicUrl,
                              Optional<String> mailSession) {

    public static AccountSettings from(Config config) {
        return new AccountSettings(text(config, "vitrine.admin.email"), text(config, "vitrine.admin.password"),
                text(config, "vitrine.admin.password-hash"),
                Duration.ofDays(config.getOptionalValue("vitrine.accounts.invitation-days", Integer.class).orElse(7)),
                Duration.ofHours(config.getOptionalValue("vitrine.accounts.reset-hours", Integer.class).orElse(24)),
                text(config, "vitrine.public-url"), text(config, "vitrine.mail.session"));
    }

    private static Optional<String> text(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Keeps the password and its hash out of logs. */
    @Override
    public String toString() {
        return "AccountSettings[adminEmail=" + adminEmail.orElse("-") + ", invitationTtl=" + invitationTtl
                + ", resetTtl=" + resetTtl + ", publicUrl=" + publicUrl.orElse("-") + ", mailSession=" + mailSession.orElse("-") + "]";
    }

    @ApplicationScoped
    static class Producer {

        @Produces
        @Singleton
        AccountSettings settings(Config config) {
            return from(config);
        }
    }
}
