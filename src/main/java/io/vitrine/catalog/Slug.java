package io.vitrine.catalog;

import io.vitrine.platform.InvalidInputException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lower-case ASCII identifiers made of words joined by '-', used for categories and sellers. */
public final class Slug {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slug() {
    }

    public static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.isEmpty()) {
            throw new InvalidInputException("no letters or digits in '" + text + "'");
        }
        return slug.length() > 64 ? slug.substring(0, 64).replaceAll("-+$", "") : slug;
    }

    public static String require(String slug) {
        if (slug == null || slug.length() > 64 || !VALID.matcher(slug).matches()) {
            throw new InvalidInputException("invalid identifier: " + slug);
        }
        return slug;
    }
}
