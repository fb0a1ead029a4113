package io.vitrine.catalog;

import java.util.Optional;

/** Product photos stored in MongoDB. */
public interface ImageRepository {

    Optional<ProductImage> find(String id);

    /** The stored images among {@code ids}, in no particular order (index builds read photos in batches). */
    java.util.List<ProductImage> findAll(java.util.Collection<String> ids);

    /** Stores the image unless the same bytes are already stored; returns its id. */
    String save(ProductImage image);

    /** Bulk insert of images known to be new (demo store, first import). */
    void insertAll(java.util.Collection<ProductImage> images);

    long count();
}
