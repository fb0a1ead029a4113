package io.vitrine.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a list of products is shown, for the merchandising rules that arrange it: a category shelf (a category and
 * maybe one of its sub-categories), the results of a text query, or a recommendation list.
 */
public record Placement(Kind kind, Optional<String> category, Optional<String> subCategory, String query) {

    public enum Kind { SHELF, QUERY, RECOMMENDATIONS }

    public Placement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subCategory, "subCategory");
        query = normalise(query);
    }

    public static Placement shelf(Optional<String> category, Optional<String> subCategory) {
        return new Placement(Kind.SHELF, category, subCategory, "");
    }

    public static Placement query(String text) {
        return new Placement(Kind.QUERY, Optional.empty(), Optional.empty(), text);
    }

    public static Placement recommendations() {
        return new Placement(Kind.RECOMMENDATIONS, Optional.empty(), Optional.empty(), "");
    }

    /**
     * A query as rules compare it: lower case, accents and punctuation gone, single spaces ("Baskets  rouges!" and
     * "baskets rouges" are one query).
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
