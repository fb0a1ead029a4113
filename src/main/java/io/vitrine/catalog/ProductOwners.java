package io.vitrine.catalog;

import io.vitrine.platform.security.Owners;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.Set;

/** The seller of a product, for the access rules' ownership check of product writes. */
@ApplicationScoped
public class ProductOwners implements Owners {

    @Inject
    ProductRepository products;

    @Override
    public String kind() {
        return "product";
    }

    @Override
    public Optional<Set<String>> sellersOf(String id) {
        if (id == null || !id.matches("[A-Za-z0-9_-]{1,64}")) {
            return Optional.empty();
        }
        return products.find(new ProductId(id)).map(p -> Set.of(p.sellerId()));
    }
}
