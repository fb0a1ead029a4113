package io.vitrine.customer;

import java.util.Optional;

/** The sellers' logos, one per seller. */
public interface SellerLogoRepository {

    Optional<SellerLogo> find(String sellerId);

    SellerLogo save(SellerLogo logo);

    /** Whether there was one to delete. */
    boolean delete(String sellerId);
}
