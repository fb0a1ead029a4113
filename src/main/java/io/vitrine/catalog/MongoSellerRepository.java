package io.vitrine.catalog;

import io.vitrine.platform.MongoStore;
import jakarta.data.Sort;
import jakarta.enterprise.context.ApplicationScoped;

/** {@link SellerRepository} on MongoDB through JNoSQL. */
@ApplicationScoped
public class MongoSellerRepository extends MongoStore<Seller> implements SellerRepository {

    public MongoSellerRepository() {
        super(Seller.class, Seller::id, Sort.asc("_id"));
    }
}
