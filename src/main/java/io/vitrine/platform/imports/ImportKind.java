package io.vitrine.platform.imports;

import java.util.Locale;
import java.util.Optional;

/** The file layouts Vitrine imports; the wire name is the lower-case constant ("fashion", "jsonl", ...). */
public enum ImportKind {
    FASHION, FLIPKART, MOVIELENS, JSONL;

    public static Optional<ImportKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.strip().toUpperCase(Locale.ROOT);
        for (ImportKind k : values()) {
            if (k.name().equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
