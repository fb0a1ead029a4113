package io.vitrine.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where products are kept; {@link MongoProductRepository} implements it with JNoSQL. */
public interface ProductRepository {

    Optional<Product> find(ProductId id);

    List<Product> findAll(Collection<ProductId> ids);

    Optional<Product> findBySourceRef(String sourceRef);

    Page<Product> find(ProductQuery query);

    /** Every product, streamed in id order (index builds and model training). */
    Stream<Product> streamAll();

    Product save(Product product);

    void saveAll(Collection<Product> products);

    boolean delete(ProductId id);

    long count();
}
