package io.vitrine.demo;

import java.security.SecureRandom;
import java.util.Base64;

/** A demo store's password when none is configured: random per install, so no shop shares a documented one. */
final class DemoPasswords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DemoPasswords() {
    }

    /** 16 URL-safe characters (96 random bits). */
    static String random() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
