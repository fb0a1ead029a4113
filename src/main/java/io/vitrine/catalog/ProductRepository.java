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

    /**
     * Stores revisions of products that are stored already (an import batch of updates), each as {@link #save} would;
     * implementations write and announce them as one batch where they can.
     */
    default void reviseAll(Collection<Product> products) {
        products.forEach(this::save);
    }

    boolean delete(ProductId id);

    /** Adds one rating of 1 to 5 stars to the product's summary in one atomic update (ratings arrive concurrently). */
    void addRating(ProductId id, int stars);

    /**
     * Takes {@code quantity} units out of stock in one atomic conditional update, so two shoppers buying the last
     * unit at the same time cannot both succeed. False when the product is unknown or has fewer units.
     */
    boolean takeStock(ProductId id, int quantity);

    /** Puts units back (an order line that could not be completed); atomic like {@link #takeStock}. */
    void returnStock(ProductId id, int quantity);

    long count();
}
