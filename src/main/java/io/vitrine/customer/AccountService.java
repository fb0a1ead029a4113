package io.vitrine.customer;

import io.vitrine.platform.security.Role;
import io.vitrine.platform.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;

/** Opens shopper accounts: a unique e-mail, a display name and a password kept only as a PBKDF2 hash. */
@ApplicationScoped
public class AccountService {

    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 200;
    public static final int MAX_NAME = 80;

    /** The e-mail address is taken already. */
    public static class EmailTakenException extends RuntimeException {
        public EmailTakenException(String email) {
            super("an account already exists for " + email);
        }
    }

    @Inject
    AccountRepository accounts;
    @Inject
    Pbkdf2PasswordHash hash;

    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void init() {
        hash.initialize(io.vitrine.platform.security.PasswordHashes.PARAMETERS);
    }

    /** Refuses a malformed e-mail, a blank or over-long name and a password shorter than {@value #MIN_PASSWORD}. */
    public Account register(@NotNull String email, @NotNull String displayName, @NotNull String password, String language) {
        String id = Account.normaliseEmail(email);
        String name = requireName(displayName);
        requirePassword(password);
        if (accounts.find(id).isPresent()) {
            throw new EmailTakenException(id);
        }
        Account account = new Account(id, name, Role.SHOPPER, hash.generate(password.toCharArray()), null, clock.instant());
        if ("fr".equals(language)) {
            account.preferLanguage("fr");
        }
        return accounts.save(account);
    }

    /** A display name stripped of outer spaces, 1 to {@value #MAX_NAME} characters. */
    public static String requireName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInputException("a display name has 1 to " + MAX_NAME + " characters");
        }
        return name;
    }

    /** A password of {@value #MIN_PASSWORD} to {@value #MAX_PASSWORD} characters. */
    public static void requirePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new InvalidInputException("a password has " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
        }
    }
}
