package io.vitrine.merchandising.api;

import io.vitrine.catalog.Product;
import io.vitrine.merchandising.Merchandising;

import java.util.List;

/** The list as ranked, as the rules in force show it, and as it would show with the draft rule. */
public record PreviewResponse(List<Item> ranked, List<Item> now, List<Item> withDraft) {

    /** One product of a previewed list. */
    public record Item(String id, String name, String seller) {
    }

    static PreviewResponse of(Merchandising.Preview p, String language) {
        return new PreviewResponse(items(p.ranked(), language), items(p.now(), language), items(p.withDraft(), language));
    }

    private static List<Item> items(List<Product> products, String language) {
        return products.stream().map(x -> new Item(x.id().value(), x.name().in(language), x.sellerId())).toList();
    }
}
