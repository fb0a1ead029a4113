package io.vitrine.catalog;

import io.vitrine.platform.security.KnownSellers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The platform's view of the catalogue's sellers: whether one exists (an API key may be bound to it). */
@ApplicationScoped
public class CatalogSellers implements KnownSellers {

    @Inject
    SellerRepository sellers;

    @Override
    public boolean exists(String sellerId) {
        return sellers.find(sellerId).isPresent();
    }
}
