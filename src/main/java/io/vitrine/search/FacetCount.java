package io.vitrine.search;

/** One facet value: {@code value} goes back into a filter, {@code label} is what the shopper reads. */
public record FacetCount(String value, String label, long count) {
}
