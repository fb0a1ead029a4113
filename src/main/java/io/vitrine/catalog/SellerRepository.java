package io.vitrine.catalog;

import java.util.List;
import java.util.Optional;

/** The sellers. */
public interface SellerRepository {

    Optional<Seller> find(String id);

    List<Seller> findAll();

    Seller save(Seller seller);

    long count();
}
