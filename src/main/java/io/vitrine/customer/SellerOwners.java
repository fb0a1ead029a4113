package io.vitrine.customer;

import io.vitrine.catalog.SellerRepository;
import io.vitrine.platform.security.Owners;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.util.Set;

/** A seller owns itself: the access rules' ownership check of a seller's profile and logo. */
@ApplicationScoped
public class SellerOwners {

    @Produces
    @ApplicationScoped
    Owners owners(SellerRepository sellers) {
        return Owners.of("seller", id -> id.matches("[a-z0-9-]{1,64}"), id -> sellers.find(id).map(s -> Set.of(s.id())));
    }
}
