package io.vitrine.merchandising.api;

import io.vitrine.merchandising.RuleDraft;

/**
 * What to preview: a category shelf ({@code kind} SHELF with {@code category}, maybe {@code subCategory}) or a
 * query's results ({@code kind} QUERY with {@code query}), in {@code language} ("en" or "fr"), with an optional draft
 * rule that is not saved.
 */
public record PreviewRequest(String kind, String category, String subCategory, String query, String language,
                             RuleDraft draft) {
}
