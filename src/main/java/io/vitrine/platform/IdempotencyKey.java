package io.vitrine.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An {@code Idempotency-Key} request header (IETF httpapi draft): 1 to 255 visible ASCII characters chosen by the
 * client, so that a retried write is done once. Malformed keys are refused with 400 rather than ignored, since a
 * client that sends one counts on it.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern FORMAT = Pattern.compile("[\\x21-\\x7E]{1,255}");

    public IdempotencyKey {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("an Idempotency-Key is 1 to 255 visible ASCII characters");
        }
    }

    /** The header as sent; absent (null) is no key, anything else must be well formed. */
    public static Optional<IdempotencyKey> ofHeader(String header) {
        return header == null ? Optional.empty() : Optional.of(new IdempotencyKey(header.strip()));
    }

    /** A stored id for this key as used by {@code scope} (one caller's keys never meet another's). */
    public String scopedId(String scope) {
        return sha256(scope + "\u0000" + value);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
