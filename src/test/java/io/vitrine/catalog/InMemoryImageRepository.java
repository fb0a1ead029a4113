package io.vitrine.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link ImageRepository} in memory for plain tests: one entry per distinct image (id = SHA-256 of the bytes). */
public class InMemoryImageRepository implements ImageRepository {

    private final Map<String, ProductImage> images = new LinkedHashMap<>();

    @Override
    public synchronized Optional<ProductImage> find(String id) {
        return Optional.ofNullable(images.get(id)); // immutable: its bytes are copied in and out
    }

    @Override
    public synchronized java.util.List<ProductImage> findAll(java.util.Collection<String> ids) {
        return ids.stream().distinct().map(images::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public synchronized String save(ProductImage image) {
        images.putIfAbsent(image.id(), image);
        return image.id();
    }

    @Override
    public synchronized long count() {
        return images.size();
    }

    @Override
    public void insertAll(java.util.Collection<ProductImage> newImages) {
        newImages.forEach(this::save);
    }
}
