package io.vitrine.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link SellerRepository} in memory for plain tests; {@code findAll} is in id order like the Mongo one. */
public class InMemorySellerRepository implements SellerRepository {

    private final Map<String, Seller> sellers = new TreeMap<>();

    @Override
    public synchronized Optional<Seller> find(String id) {
        return Optional.ofNullable(StoredCopy.of(sellers.get(id)));
    }

    @Override
    public synchronized List<Seller> findAll() {
        return sellers.values().stream().map(StoredCopy::of).toList();
    }

    @Override
    public synchronized Seller save(Seller seller) {
        sellers.put(seller.id(), StoredCopy.of(seller));
        return seller;
    }

    @Override
    public synchronized long count() {
        return sellers.size();
    }
}
