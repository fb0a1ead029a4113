package io.vitrine.chat.understanding;

import java.util.Objects;
import java.util.Optional;

/**
 * What the shopper is looking for, as far as the message says: the product words ({@code text}, typos and all, for
 * the search engine), a category id, a colour, a size and a price limit. {@code intent} remembers what the search
 * was for (a recommendation, a price question) so a follow-up ("and in blue?") answers the same way.
 */
public record ProductCriteria(String text, Optional<String> category, Optional<Colour> colour, Optional<String> size,
                              Optional<PriceRange> price, Optional<Intent> intent) {

    public ProductCriteria {
        text = text == null ? "" : text.strip();
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(intent, "intent");
    }

    public static ProductCriteria text(String text) {
        return new ProductCriteria(text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isEmpty() {
        return text.isEmpty() && category.isEmpty() && colour.isEmpty() && size.isEmpty() && price.isEmpty();
    }

    /** This search with what the new message changes ("and in blue?": the colour; "under 30 €": the price). */
    public ProductCriteria refinedBy(ChatEntities entities) {
        return new ProductCriteria(text, category,
                entities.colours().isEmpty() ? colour : Optional.of(entities.colours().get(0)),
                entities.sizes().isEmpty() ? size : Optional.of(entities.sizes().get(0)),
                entities.price().isPresent() ? entities.price() : price, intent);
    }

    public ProductCriteria withPrice(PriceRange newPrice) {
        return new ProductCriteria(text, category, colour, size, Optional.of(newPrice), intent);
    }

    /** This search in any size (each product comes in one: a size that finds nothing is dropped before the colour). */
    public ProductCriteria withoutSize() {
        return new ProductCriteria(text, category, colour, Optional.empty(), price, intent);
    }

    public ProductCriteria withCategory(Optional<String> newCategory) {
        return new ProductCriteria(text, newCategory, colour, size, price, intent);
    }
}
