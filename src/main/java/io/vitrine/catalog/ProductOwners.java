package io.vitrine.catalog;

import io.vitrine.platform.security.Owners;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.util.Set;

/** The seller of a product, for the access rules' ownership check of product writes. */
@ApplicationScoped
public class ProductOwners {

    @Produces
    @ApplicationScoped
    Owners owners(ProductRepository products) {
        return Owners.of("product", ProductId::isValid, id -> products.find(new ProductId(id)).map(p -> Set.of(p.sellerId())));
    }
}
