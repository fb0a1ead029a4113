package io.vitrine.recommend;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;

import java.util.Objects;
import java.util.Optional;

/**
 * What a served recommendation needs to know about a product, copied out of the catalogue so that serving reads
 * memory, not the database: its name in both languages, shelf, seller, price, stock and first photo.
 */
public record CatalogueItem(ItemId id, LocalizedText name, String category, String subCategory, String seller,
                            Money price, int stock, Optional<String> imageId) {

    public CatalogueItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subCategory, "subCategory");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(imageId, "imageId");
    }

    public static CatalogueItem of(Product p) {
        return new CatalogueItem(ItemId.of(p.id().value()), p.name(), p.category(), p.subCategory(), p.sellerId(),
                p.price(), p.stock(), p.imageIds().stream().findFirst());
    }

    public boolean inStock() {
        return stock > 0;
    }
}
