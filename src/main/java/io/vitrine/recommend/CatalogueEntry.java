package io.vitrine.recommend;

import java.util.Objects;

/** The catalogue facts the business rules need about an item; stock changes too often and is asked at query time. */
public record CatalogueEntry(ItemId item, String category, String subCategory, String seller)
        implements java.io.Serializable {

    public CatalogueEntry {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subCategory, "subCategory");
        Objects.requireNonNull(seller, "seller");
    }
}
