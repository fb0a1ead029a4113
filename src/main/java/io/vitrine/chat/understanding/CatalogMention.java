package io.vitrine.chat.understanding;

import java.util.Objects;

/**
 * A product, brand or category that a message refers to, as resolved against the live catalogue.
 * {@code id} is the catalogue's id (a product id, a brand name, a category path); {@code text} is the part of the
 * message that matched; {@code score} the search engine's relevance, higher is better.
 */
public record CatalogMention(Kind kind, String id, String label, String text, double score) {

    public enum Kind { PRODUCT, BRAND, CATEGORY }

    public CatalogMention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}
