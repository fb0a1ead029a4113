package io.vitrine.storefront.web;

import io.vitrine.catalog.ProductCard;

import java.util.List;
import java.util.Objects;

/**
 * One row of cards with its title and the source its clicks are attributed to ({@code recommendation:trending},
 * {@code home:recent}, with the experiment and variant when one served it), and the query parameter that carries that
 * source on every card's link ({@code &src=...}), worked out once for the row.
 */
public record Shelf(String title, String source, String sourceParam, List<Card> cards) {

    public Shelf {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceParam, "sourceParam");
        cards = List.copyOf(cards);
    }

    public Shelf(String title, String source, List<Card> cards) {
        this(title, source, ProductCard.sourceParam(source), cards);
    }
}
