package io.vitrine.search;

import io.vitrine.catalog.ProductId;

/**
 * One result. {@code nameHtml} and {@code snippetHtml} are safe to insert as HTML: the product text is escaped
 * first, then the matched words are wrapped in {@code <mark>}.
 */
public record SearchHit(ProductId id, double score, String nameHtml, String snippetHtml) {
}
