package io.vitrine.search.api;

import io.vitrine.search.Suggestion;

import java.util.Locale;

/** One autocomplete entry: {@code kind} is product, brand, category or sub-category; {@code value} what to filter or open. */
public record SuggestionResponse(String text, String kind, String value) {

    public static SuggestionResponse of(Suggestion s) {
        return new SuggestionResponse(s.text(), s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), s.value());
    }
}
