package io.vitrine.experiment;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code source} of a click or cart that came from an experiment's list: the shelf's own source followed by the
 * experiment and variant, e.g. {@code recommendation:for-you:exp-3:B}; {@code I} is the variant of an interleaved list.
 */
public final class Attribution {

    private static final Pattern TAG = Pattern.compile(".*:(exp-\\d{1,9}):([A-Z])");

    /** An experiment id and a variant name read from a source. */
    public record Tag(String experiment, String variant) {
    }

    private Attribution() {
    }

    public static String source(String base, String experiment, String variant) {
        return base + ":" + experiment + ":" + variant;
    }

    public static Optional<Tag> parse(String source) {
        if (source == null) {
            return Optional.empty();
        }
        Matcher m = TAG.matcher(source);
        return m.matches() ? Optional.of(new Tag(m.group(1), m.group(2))) : Optional.empty();
    }
}
