package io.vitrine.platform.security;

import java.util.Map;

/**
 * The parameters of every new password hash ({@code Pbkdf2PasswordHash.initialize(PasswordHashes.PARAMETERS)}):
 * PBKDF2-HMAC-SHA256 with 600,000 iterations, OWASP's Password Storage Cheat Sheet figure for that hash. A stored
 * hash names its own algorithm and iterations, so hashes made with the library's former default (2,048) still
 * verify.
 */
public final class PasswordHashes {

    public static final int ITERATIONS = 600_000;
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    public static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
            "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS));

    private PasswordHashes() {
    }
}
