package io.vitrine.search;

/**
 * An autocomplete entry: the text to show and what choosing it means ({@code value} is a product id, a brand,
 * a category id or a sub-category id depending on {@code kind}).
 */
public record Suggestion(String text, Kind kind, String value) {

    public enum Kind { PRODUCT, BRAND, CATEGORY, SUB_CATEGORY }
}
