package io.vitrine.catalog.api;

import io.vitrine.catalog.ProductDraft;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The JSON body of a product create or update. Validation happens once, on {@link ProductDraft}; a seller caller's
 * own seller id is used when {@code sellerId} is absent.
 */
public record ProductRequest(String id, String sellerId, ProductResponse.Texts name,
                             ProductResponse.Texts description, String category, String subCategory, String brand,
                             Map<String, String> attributes, BigDecimal price, String currency, Integer stock) {

    ProductDraft toDraft(String defaultSeller, String pathId) {
        return new ProductDraft(pathId != null ? pathId : id, sellerId != null ? sellerId : defaultSeller,
                name == null ? null : name.en(), name == null ? null : name.fr(),
                description == null ? null : description.en(), description == null ? null : description.fr(),
                category, subCategory, brand, attributes, price, currency, stock);
    }
}
