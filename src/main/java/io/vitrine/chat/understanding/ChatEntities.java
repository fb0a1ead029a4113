package io.vitrine.chat.understanding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a message names without needing the shop: colours, sizes ("M", "XL", "42"), a price limit and order
 * numbers. Products, brands and categories come from a {@link CatalogMentionFinder}.
 */
public record ChatEntities(List<Colour> colours, List<String> sizes, Optional<PriceRange> price, List<OrderNumber> orderNumbers) {

    public ChatEntities {
        colours = List.copyOf(colours);
        sizes = List.copyOf(sizes);
        Objects.requireNonNull(price, "price");
        orderNumbers = List.copyOf(orderNumbers);
    }

    public static ChatEntities none() {
        return new ChatEntities(List.of(), List.of(), Optional.empty(), List.of());
    }

    public boolean isEmpty() {
        return colours.isEmpty() && sizes.isEmpty() && price.isEmpty() && orderNumbers.isEmpty();
    }
}
